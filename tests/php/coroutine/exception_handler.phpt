--TEST--
swoole coroutine: set_exception_handler() receives an exception uncaught in a coroutine; the other coroutines go on
--FILE--
<?php
set_exception_handler(function (Throwable $e) {
    echo "handler: ", get_class($e), ": ", $e->getMessage(), " (in coroutine ", Co::getCid(), ")\n";
});
go(function () {
    defer(function () { echo "a: defer\n"; });
    echo "a start\n";
    Co::sleep(0.001);
    throw new RuntimeException("boom");
});
go(function () {
    echo "b start\n";
    Co::sleep(0.02);
    echo "b end\n";
});
echo "main end\n";
?>
--EXPECT--
a start
b start
main end
a: defer
handler: RuntimeException: boom (in coroutine 1)
b end
