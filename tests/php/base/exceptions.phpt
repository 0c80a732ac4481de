--TEST--
swoole: exception classes and API errors outside a coroutine
--FILE--
<?php
var_dump(is_subclass_of(Swoole\ExitException::class, Swoole\Exception::class));
var_dump(is_subclass_of(Swoole\Exception::class, Exception::class));
var_dump(is_subclass_of(Swoole\Error::class, Error::class));
try {
    Co::yield();
} catch (Swoole\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    defer(function () {});
} catch (Swoole\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    Co::sleep(0.1);
} catch (Swoole\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(swoole_last_error() === SWOOLE_ERROR_CO_OUT_OF_COROUTINE);
try {
    go('no_such_function');
} catch (TypeError $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
Swoole\Error: API must be called in the coroutine: Co::yield()
Swoole\Error: API must be called in the coroutine: defer()
Swoole\Error: API must be called in the coroutine: Co::sleep()
bool(true)
TypeError
