--TEST--
swoole process: setTimeout (read gives false with EAGAIN), setBlocking(false), close(SWOOLE_PIPE_CLOSE_WRITE) gives the child EOF, name(), setPriority/getPriority of the child, setAffinity, daemon() in a child
--FILE--
<?php
use Swoole\Process;
$p = new Process(function (Process $w) {
    $all = '';
    while (($r = $w->read()) !== false) $all .= $r;   // until the parent's close(WRITE)
    $w->write("child read " . strlen($all) . " bytes then EOF");
    $w->read();   // waits until the parent closes
}, false, 1);
$p->start();
var_dump($p->setTimeout(0.05));
var_dump($p->read(), swoole_last_error() === 11);   // EAGAIN: nothing came in time
$p->setBlocking(false);
var_dump($p->read(), swoole_last_error() === 11);
$p->setBlocking(true);
$p->setTimeout(5);
$p->write(str_repeat('a', 1000));
var_dump($p->close(SWOOLE_PIPE_CLOSE_WRITE));
echo $p->read(), "\n";
var_dump($p->setPriority(PRIO_PROCESS, 5), $p->getPriority(PRIO_PROCESS));
var_dump(Process::setAffinity([0]));
var_dump($p->close());
var_dump(Process::wait()['code']);

$p = new Process(function (Process $w) {
    $ok = $w->name('swoole-proc-test-' . getmypid());
    $title = cli_get_process_title();
    $w->write(var_export($ok, true) . ' ' . var_export($title === 'swoole-proc-test-' . getmypid(), true));
});
$p->start();
echo "name: ", $p->read(), "\n";
Process::wait();

// daemon() in a child: it leaves (its parent, our child, exits) and the daemon still talks
$p = new Process(function (Process $w) {
    $before = getmypid();
    Process::daemon(true, true);
    $w->write('daemon pid changed: ' . var_export(getmypid() !== $before, true) . ', sid: ' . var_export(getmypid() === posix_getsid_(), true));
});
function posix_getsid_() { return (int)explode(' ', file_get_contents('/proc/self/stat'))[5]; }
$p->start();
echo $p->read(), "\n";
var_dump(Process::wait()['code']);
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
child read 1000 bytes then EOF
bool(true)
int(5)
bool(true)
bool(true)
int(0)
name: true true
daemon pid changed: true, sid: true
int(0)
