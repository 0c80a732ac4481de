--TEST--
swoole system: Co::cancel() ends waitSignal/waitEvent/wait/waitPid/exec/dnsLookup waits; pool jobs cannot be canceled
--FILE--
<?php
use Swoole\Coroutine\System;
$canceled = null;
function cancel_later(int $cid): void {
    go(function () use ($cid) {
        global $canceled;
        Co::sleep(0.02);
        $canceled = Co::cancel($cid);
    });
}
Co\run(function () {
    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    $p = proc_open(['sleep', '0.5'], [], $pipes);
    $pid = proc_get_status($p)['pid'];
    $tests = [
        'waitSignal' => fn() => System::waitSignal(SIGUSR1),
        'waitEvent' => fn() => System::waitEvent($a),
        'fread' => fn() => System::fread($a),
        'wait' => fn() => System::wait(),
        'waitPid' => fn() => System::waitPid($pid),
        'exec' => fn() => System::exec('sleep 0.3'),
    ];
    foreach ($tests as $name => $fn) {
        cancel_later(Co::getCid());
        $r = $fn();
        echo "$name: ", var_export($r, true), " ", swoole_last_error(), " ", var_export(Co::isCanceled(), true), "\n";
        Co::sleep(0.001);  // the canceler records what Co::cancel() returned
        echo "  Co::cancel() returned ", var_export($GLOBALS['canceled'], true), "\n";
    }
    // A job already on a worker thread cannot be abandoned: the wait is not cancelable.
    // (Reading a FIFO blocks the worker in open() until a writer comes.)
    $f = sys_get_temp_dir() . '/swoole_sys_cancel_' . getmypid();
    System::exec('mkfifo ' . escapeshellarg($f));
    cancel_later(Co::getCid());
    go(function () use ($f) {
        Co::sleep(0.1);
        echo "writer: Co::cancel() returned ", var_export($GLOBALS['canceled'], true), "\n";
        System::exec('echo data > ' . escapeshellarg($f));
    });
    var_dump(System::readFile($f), Co::isCanceled());
    unlink($f);
    var_dump(System::waitPid($pid)['pid'] === $pid);
    // The canceled exec's child is reaped by the module, never reported to wait().
    Co::sleep(0.4);
    var_dump(System::wait(0.1), swoole_last_error());
    var_dump(trim(System::exec('ps -o stat= --ppid ' . getmypid() . ' | grep -c Z')['output']));
});
?>
--EXPECT--
waitSignal: false 10017 true
  Co::cancel() returned true
waitEvent: false 10017 true
  Co::cancel() returned true
fread: false 10017 true
  Co::cancel() returned true
wait: false 10017 true
  Co::cancel() returned true
waitPid: false 10017 true
  Co::cancel() returned true
exec: false 10017 true
  Co::cancel() returned true
writer: Co::cancel() returned false
string(5) "data
"
bool(false)
bool(true)
bool(false)
int(10)
string(1) "0"
