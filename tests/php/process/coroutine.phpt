--TEST--
swoole process: $enable_coroutine = true runs the child's callback in a coroutine scheduler (Co APIs work, exit code kept); exportSocket() gives a Coroutine\Socket over the pipe (recv/send in coroutines on both sides)
--FILE--
<?php
use Swoole\Process;
use Swoole\Coroutine\Socket;
$p = new Process(function (Process $w) {
    $cid = Co::getCid();
    $ch = new Co\Channel(2);
    go(function () use ($ch) { Co::sleep(0.01); $ch->push('from a second coroutine'); });
    $sock = $w->exportSocket();
    $in = $sock->recv(1024, 5);
    $same = var_export($w->exportSocket() === $sock, true);  // the same object each time
    $sock->send("cid $cid > 0: " . var_export($cid > 0, true) . ", got [$in], same socket: $same, " . $ch->pop(5));
    $w->exit(4);   // ends the child at once with this status
}, false, 1, true);
$pid = $p->start();
Co\run(function () use ($p) {
    $sock = $p->exportSocket();
    var_dump($sock instanceof Socket);
    // a coroutine waits on the pipe while another one keeps running
    go(function () { Co::sleep(0.001); echo "other coroutine ran\n"; });
    var_dump($sock->send('ping'));
    $got = '';
    while (!str_contains($got, 'coroutine') && ($r = $sock->recv(1024, 5)) !== '' && $r !== false) $got .= $r;
    echo $got, "\n";
});
$st = Process::wait();
var_dump($st['pid'] === $pid, $st['code']);

// a plain child (no scheduler) can still start one with Co\run; exportSocket over a dgram pipe
$p = new Process(function (Process $w) {
    var_dump(Co::getCid());
    Co\run(function () use ($w) {
        $s = $w->exportSocket();
        $s->send(strtoupper($s->recv(100, 5)));
    });
});
$p->start();
Co\run(function () use ($p) {
    $s = $p->exportSocket();
    $s->send('dgram');
    var_dump($s->recv(100, 5));
});
var_dump(Process::wait()['code']);
?>
--EXPECT--
bool(true)
int(4)
other coroutine ran
cid 1 > 0: true, got [ping], same socket: true, from a second coroutine
bool(true)
int(4)
int(-1)
string(5) "DGRAM"
int(0)
