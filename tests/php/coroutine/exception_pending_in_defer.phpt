--TEST--
swoole coroutine: a defer that switches while its coroutine's uncaught exception waits keeps it apart from the exceptions of others
--FILE--
<?php
set_exception_handler(function ($e) { echo "handler: ", get_class($e), " ", $e->getMessage(), " prev: ", $e->getPrevious() ? $e->getPrevious()->getMessage() : 'none', "\n"; });
Co\run(function () {
    go(function () {
        defer(function () { echo "A defer sleeps\n"; Co::sleep(0.01); echo "A defer resumed\n"; });
        Co::sleep(0.001);
        throw new RuntimeException("A body");
    });
    go(function () {
        defer(function () { echo "B defer\n"; });
        Co::sleep(0.005);
        try { throw new LogicException("B inner"); } catch (LogicException $e) { echo "B caught ", $e->getMessage(), "\n"; }
        echo "B ends\n";
    });
});
echo "after run\n";
?>
--EXPECT--
A defer sleeps
B caught B inner
B ends
B defer
A defer resumed
handler: RuntimeException A body prev: none
after run
