--TEST--
swoole process: start() forks a child running the callback; messages both ways over SOCK_STREAM and SOCK_DGRAM pipes; props pid/pipe/callback
--FILE--
<?php
use Swoole\Process;
foreach ([1 => "stream", 2 => "dgram"] as $type => $name) {
    $p = new Process(function (Process $w) use ($name) {
        $m = $w->read();
        $w->write("child " . var_export($w->pid === getmypid(), true) . " got [$m]|");
        $w->write("second|");
    }, false, $type);
    echo "$name: pipe is an fd: ", var_export(is_int($p->pipe) && $p->pipe > 2, true), ", pid before start: ", $p->pid, "\n";
    $pid = $p->start();
    var_dump($pid > 0 && $pid === $p->pid && $pid !== getmypid());
    var_dump($p->write("hello $name"));
    // datagrams stay separate; a stream is read until both messages are in
    if ($name === 'dgram') {
        echo $p->read(), "\n", $p->read(), "\n";
    } else {
        $all = '';
        while (substr_count($all, '|') < 2 && ($r = $p->read()) !== false) $all .= $r;
        echo $all, "\n";
    }
    $st = Process::wait();
    var_dump($st === ['pid' => $pid, 'code' => 0, 'signal' => 0]);
}
// the alias, and the callback property (private as in Swoole)
$p = new swoole_process('strlen', false, 0);
var_dump($p instanceof Process, $p->pipe, (new ReflectionProperty(Process::class, 'callback'))->getValue($p));
// a child's large message over a stream pipe arrives whole
$p = new Process(function (Process $w) { $w->write(str_repeat('x', 1 << 20)); }, false, 1);
$p->start();
$got = '';
while (strlen($got) < (1 << 20) && ($r = $p->read(65536)) !== false) $got .= $r;
var_dump(strlen($got), Process::wait()['code']);
// a datagram larger than read()'s size is cut to it
$p = new Process(function (Process $w) { $w->write(str_repeat('y', 100)); });
$p->start();
var_dump(strlen($p->read(10)));
Process::wait();
?>
--EXPECT--
stream: pipe is an fd: true, pid before start: 0
bool(true)
int(12)
child true got [hello stream]|second|
bool(true)
dgram: pipe is an fd: true, pid before start: 0
bool(true)
int(11)
child true got [hello dgram]|
second|
bool(true)
bool(true)
NULL
string(6) "strlen"
int(1048576)
int(0)
int(10)
