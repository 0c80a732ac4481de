--TEST--
swoole system: Co::cancel($cid, true) ends a System wait with CanceledException
--FILE--
<?php
use Swoole\Coroutine\System;
Co\run(function () {
    $cid = Co::getCid();
    $calls = [
        'waitSignal' => fn() => System::waitSignal(SIGUSR1),
        'exec' => fn() => System::exec('sleep 1'),
        'waitPid' => fn() => System::waitPid(proc_get_status($GLOBALS['p'] = proc_open(['sleep', '0.3'], [], $pipes))['pid']),
    ];
    foreach ($calls as $name => $fn) {
        go(function () use ($cid) {
            Co::sleep(0.02);
            Co::cancel($cid, true);
        });
        try {
            $fn();
            echo "$name: no exception\n";
        } catch (Swoole\Coroutine\CanceledException $e) {
            echo "$name: ", get_class($e), "\n";
        }
    }
    var_dump(System::exec('echo still works')['output']);
});
?>
--EXPECT--
waitSignal: Swoole\Coroutine\CanceledException
exec: Swoole\Coroutine\CanceledException
waitPid: Swoole\Coroutine\CanceledException
string(12) "still works
"
