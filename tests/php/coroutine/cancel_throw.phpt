--TEST--
swoole coroutine: Co::cancel($cid, true) ends the wait with Swoole\Coroutine\CanceledException
--FILE--
<?php
Co\run(function () {
    $chan = new chan;
    $a = go(function () use ($chan) {
        try {
            $chan->pop();
            echo "not reached\n";
        } catch (Swoole\Coroutine\CanceledException $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
            var_dump($e instanceof Swoole\Exception, Co::isCanceled());
        }
        // the next wait is an ordinary one again
        var_dump(Co::sleep(0.001));
    });
    $b = go(function () {
        var_dump(Co::sleep(10));   // canceled without an exception: returns false
        var_dump(Co::isCanceled());
    });
    var_dump(Co::cancel($a, true));
    var_dump(Co::cancel($b));
    var_dump(Co::cancel(99999, true), swoole_last_error() === SWOOLE_ERROR_CO_NOT_EXISTS);
});
?>
--EXPECT--
Swoole\Coroutine\CanceledException: the coroutine was canceled
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
