--TEST--
swoole coroutine: an uncaught exception is reported as PHP's fatal "Uncaught ..." error and ends the process (status 255), after the coroutine's defers
--FILE--
<?php
require __DIR__ . '/../include/coro_child.inc';
$code = <<<'PHP'
<?php
function fail() { throw new Exception("boom"); }
go(function () {
    defer(function () { echo "a: defer\n"; });
    echo "a start\n";
    Co::sleep(0.001);
    fail();
});
go(function () { echo "b start\n"; Co::sleep(0.2); echo "b end?!\n"; });
echo "main end\n";
PHP;
[$out, $status] = coro_child($code);
echo $out, "status: $status\n";
// The same with errors logged rather than displayed: PHP's own log line.
[$out, $status] = coro_child($code, ['display_errors' => 0, 'log_errors' => 1, 'html_errors' => 0]);
echo $out, "status: $status\n";
?>
--EXPECTF--
a start
b start
main end
a: defer

Fatal error: Uncaught Exception: boom in CHILD:2
Stack trace:
#0 CHILD(7): fail()
#1 [internal function]: {closure}()
#2 {main}
  thrown in CHILD on line 2
status: 255
a start
b start
main end
a: defer
PHP Fatal error:  Uncaught Exception: boom in CHILD:2
Stack trace:
#0 CHILD(7): fail()
#1 [internal function]: {closure}()
#2 {main}
  thrown in CHILD on line 2
status: 255
