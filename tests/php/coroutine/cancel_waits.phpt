--TEST--
swoole coroutine: Co::cancel() wakes a coroutine waiting in Co::join() or Channel::pop(); Co::resume() refuses a sleeping or running coroutine
--FILE--
<?php
Co\run(function () {
    $slow = go(function () { Co::sleep(0.05); });
    $j = go(function () use ($slow) {
        $r = Co::join([$slow]);
        var_dump($r, swoole_last_error() === SWOOLE_ERROR_CO_CANCELED, Co::isCanceled());
    });
    $ch = new Swoole\Coroutine\Channel(1);
    $p = go(function () use ($ch) {
        $r = $ch->pop();
        var_dump($r, $ch->errCode === SWOOLE_CHANNEL_CANCELED, Co::isCanceled());
    });
    var_dump(Co::cancel($j), Co::cancel($p));
    var_dump(Co::resume($slow));
    var_dump(Co::resume(Co::getCid()));
});
?>
--EXPECTF--
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: Swoole\Coroutine::resume(): you can not resume the coroutine which is in IO operation or non-existent in %s on line %d
bool(false)

Warning: Swoole\Coroutine::resume(): you can not resume the coroutine which is in IO operation or non-existent in %s on line %d
bool(false)
