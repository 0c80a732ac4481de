--TEST--
swoole system: waitSignal(): one or several signals, timeout, invalid signal, one waiter per signal
--FILE--
<?php
use Swoole\Coroutine\System;
Co\run(function () {
    $pid = getmypid();
    go(function () use ($pid) {
        Co::sleep(0.02);
        System::exec("kill -USR2 $pid");
    });
    var_dump(System::waitSignal([SIGUSR1, SIGUSR2]) === SIGUSR2);
    go(function () use ($pid) {
        Co::sleep(0.02);
        System::exec("kill -USR1 $pid");
    });
    var_dump(Co::waitSignal(SIGUSR1, 60) === SIGUSR1);  // the kill runs through exec: slow under valgrind
    var_dump(System::waitSignal(SIGUSR1, 0.02), swoole_last_error());
    var_dump(System::waitSignal(SIGUSR1, 0), swoole_last_error());
    var_dump(System::waitSignal(0), swoole_last_error());
    var_dump(System::waitSignal([SIGUSR1, SIGKILL]));
    var_dump(System::waitSignal([]));
    go(function () {
        var_dump(System::waitSignal(SIGUSR1, 0.05));
        echo "first waiter timed out\n";
    });
    var_dump(System::waitSignal(SIGUSR1, 0.05), swoole_last_error());
    try {
        System::waitSignal('x');
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
});
?>
--EXPECTF--
bool(true)
bool(true)
bool(false)
int(10018)
bool(false)
int(10018)

Warning: Swoole\Coroutine\System::waitSignal(): invalid signal [0] in %s on line %d
bool(false)
int(505)

Warning: Swoole\Coroutine\System::waitSignal(): invalid signal [9] in %s on line %d
bool(false)

Warning: Swoole\Coroutine\System::waitSignal(): no signal to wait for in %s on line %d
bool(false)

Warning: Swoole\Coroutine\System::waitSignal(): signal [10] is already being waited for by coroutine#%d in %s on line %d
bool(false)
int(10002)
Swoole\Coroutine\System::waitSignal(): Argument #1 ($signals) must be of type array|int, string given
bool(false)
first waiter timed out
