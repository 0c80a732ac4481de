--TEST--
swoole coroutine: E_USER_ERROR, a fatal error from a nested call, out of memory and max_execution_time end the process at once (exit status 255)
--FILE--
<?php
require __DIR__ . '/../include/coro_child.inc';
$cases = [
    'E_USER_ERROR' => '<?php
go(function () { Co::sleep(0.001); trigger_error("user fatal", E_USER_ERROR); echo "after?!\n"; });
go(function () { Co::sleep(0.05); echo "b?!\n"; });
echo "main\n";',
    'abstract instantiation inside a callback of a nested coroutine' => '<?php
abstract class A {}
Co\run(function () {
    go(function () {
        array_map(function () { Co::sleep(0.001); new A; }, [1]);
    });
    Co::sleep(0.05);
    echo "parent?!\n";
});
echo "after run?!\n";',
    'out of memory' => '<?php
ini_set("memory_limit", "16M");
go(function () { Co::sleep(0.001); $a = []; while (true) $a[] = str_repeat("x", 10000); });
go(function () { Co::sleep(0.05); echo "b?!\n"; });
echo "main\n";',
    'max_execution_time' => '<?php
set_time_limit(1);
go(function () { Co::sleep(0.001); while (true) {} });
go(function () { Co::sleep(3); echo "other?!\n"; });
echo "main\n";',
];
foreach ($cases as $name => $code) {
    [$out, $status] = coro_child($code);
    echo "--- $name\n$out", "status $status\n";
}
?>
--EXPECTF--
--- E_USER_ERROR
main

Fatal error: user fatal in CHILD on line 2
status 255
--- abstract instantiation inside a callback of a nested coroutine

Fatal error: Uncaught Error: Cannot instantiate abstract class A in CHILD:5
Stack trace:
#0 [internal function]: {closure}(1)
#1 CHILD(5): array_map(Object(Closure), Array)
#2 [internal function]: {closure}()
#3 {main}
  thrown in CHILD on line 5
status 255
--- out of memory
main

Fatal error: Allowed memory size of 16777216 bytes exhausted%s(tried to allocate %d bytes) in CHILD on line 3
status 255
--- max_execution_time
main

Fatal error: Maximum execution time of 1 second exceeded in CHILD on line 3
status 255
