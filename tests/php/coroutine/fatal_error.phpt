--TEST--
swoole coroutine: a fatal error in a nested coroutine ends the process with PHP's message; no other coroutine runs afterwards
--FILE--
<?php
// As in PHP after an uncaught exception, objects still referenced are destructed at shutdown.
class D { function __destruct() { echo "D destructed at shutdown\n"; } }
register_shutdown_function(function () { echo "shutdown function registered first\n"; });
go(function () {
    $d = new D;
    ob_start();
    echo "buffered by b\n";
    Co::sleep(0.05);
    echo "b?!\n";
});
go(function () {
    go(function () {
        defer(function () { echo "inner defer runs before the report\n"; });
        echo "inner\n";
        Co::sleep(0.001);
        no_such_function();
        echo "after fatal?!\n";
    });
    echo "outer waits\n";
    Co::sleep(0.1);
    echo "outer?!\n";
});
echo "main end\n";
?>
--EXPECTF--
inner
outer waits
main end
shutdown function registered first
inner defer runs before the report

Fatal error: Uncaught Error: Call to undefined function no_such_function() in %s:%d
Stack trace:
#0 [internal function]: {closure}()
#1 {main}
  thrown in %s on line %d
D destructed at shutdown
