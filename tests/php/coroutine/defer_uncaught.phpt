--TEST--
swoole coroutine: defers run last-in first-out when the coroutine dies of an uncaught exception; an exception thrown by a defer is chained
--FILE--
<?php
go(function () {
    defer(function () { echo "defer 1\n"; });
    defer(function () { echo "defer 2 throws\n"; throw new LogicException("from defer 2"); });
    defer(function () { echo "defer 3\n"; });
    Co::sleep(0.001);
    throw new RuntimeException("from the body");
});
echo "main end\n";
?>
--EXPECTF--
main end
defer 3
defer 2 throws
defer 1

Fatal error: Uncaught RuntimeException: from the body in %sdefer_uncaught.php:7
Stack trace:
#0 [internal function]: {closure}()
#1 {main}

Next LogicException: from defer 2 in %sdefer_uncaught.php:4
Stack trace:
#0 [internal function]: {closure}()
#1 {main}
  thrown in %sdefer_uncaught.php on line 4
