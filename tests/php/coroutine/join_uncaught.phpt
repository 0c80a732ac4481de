--TEST--
swoole coroutine: a coroutine joining one that dies of an uncaught exception or exit() does not run on after it
--FILE--
<?php
require __DIR__ . '/../include/coro_child.inc';
$cases = [
    'uncaught exception' => '<?php
Co\run(function () {
    $d = go(function () { Co::sleep(0.001); throw new RuntimeException("boom"); });
    Co::join([$d]);
    echo "joiner runs on?!\n";
});
echo "after run?!\n";',
    'exit(4)' => '<?php
Co\run(function () {
    $d = go(function () { Co::sleep(0.001); exit(4); });
    Co::join([$d]);
    echo "joiner runs on?!\n";
});
echo "after run?!\n";',
    'exception handled by set_exception_handler' => '<?php
set_exception_handler(function ($e) { echo "handled: ", $e->getMessage(), "\n"; });
Co\run(function () {
    $d = go(function () { Co::sleep(0.001); throw new RuntimeException("boom"); });
    var_dump(Co::join([$d]));
    echo "joiner goes on\n";
});
echo "after run\n";',
];
foreach ($cases as $name => $code) {
    [$out, $status] = coro_child($code);
    echo "--- $name\n$out", "status $status\n";
}
?>
--EXPECT--
--- uncaught exception

Fatal error: Uncaught RuntimeException: boom in CHILD:3
Stack trace:
#0 [internal function]: {closure}()
#1 {main}
  thrown in CHILD on line 3
status 255
--- exit(4)
status 4
--- exception handled by set_exception_handler
handled: boom
bool(true)
joiner goes on
after run
status 0
