--TEST--
swoole system: wait() and waitPid(): exit code, signal, timeout, no child, bad pid
--FILE--
<?php
use Swoole\Coroutine\System;
// The proc_open resources are kept: destroying one reaps its child if it has exited.
// Every child lives a little: proc_get_status() reaps a child that has already exited,
// and the wait under test would then find none. The one that must outlive two 50 ms
// timeouts gets a second, for slow (valgrind) runs.
$procs = [];
function spawn(string $cmd): int {
    global $procs;
    $procs[] = $p = proc_open(['sh', '-c', $cmd], [], $pipes);
    return proc_get_status($p)['pid'];
}
Co\run(function () {
    $pid = spawn('sleep 0.05; exit 7');
    $r = System::waitPid($pid);
    var_dump($r['pid'] === $pid, $r['code'], $r['signal']);
    var_dump(System::waitPid($pid), swoole_last_error());   // reaped already: ECHILD

    $pid = spawn('sleep 0.05; kill -TERM $$');
    $r = Co::wait();
    var_dump($r['pid'] === $pid, $r['code'], $r['signal']);
    var_dump(System::wait(), swoole_last_error());          // no child left: ECHILD

    $pid = spawn('sleep 1');
    var_dump(System::waitPid($pid, 0.05), swoole_last_error());
    var_dump(System::wait(0.05), swoole_last_error());
    var_dump(System::waitPid($pid, 0)['pid'] ?? 'not yet', swoole_last_error());
    var_dump(System::waitPid(-1)['pid'] === $pid);           // -1 is any child

    // wait() leaves a child that somebody waits for by pid to that waiter.
    $a = spawn('sleep 0.05; exit 1');
    $b = spawn('sleep 0.15; exit 2');
    go(function () use ($a) {
        $r = System::waitPid($a);
        echo "waitPid got ", $r['code'], "\n";
    });
    $r = System::wait(10);
    echo "wait got ", $r['code'], "\n";

    try {
        System::waitPid(0);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
});
?>
--EXPECT--
bool(true)
int(7)
int(0)
bool(false)
int(10)
bool(true)
int(0)
int(15)
bool(false)
int(10)
bool(false)
int(10018)
bool(false)
int(10018)
string(7) "not yet"
int(10018)
bool(true)
waitPid got 1
wait got 2
Swoole\Coroutine\System::waitPid(): Argument #1 ($pid) must be a process id greater than 0, or -1 for any child
