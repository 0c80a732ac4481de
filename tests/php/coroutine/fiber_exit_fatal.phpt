--TEST--
swoole coroutine: exit() in a fiber inside a coroutine throws Swoole\ExitException out of the fiber; fatal errors in such a fiber end the process
--FILE--
<?php
require __DIR__ . '/../include/coro_child.inc';
Co\run(function () {
    $f = new Fiber(function () {
        Co::sleep(0.001);
        exit(9);
    });
    try {
        $f->start();
    } catch (Swoole\ExitException $e) {
        echo "exit in fiber: ", $e->getStatus(), ", fiber terminated: ", var_export($f->isTerminated(), true), "\n";
    }
});
$cases = [
    'uncaught Error in a fiber' => '<?php
Co\run(function () {
    $co2 = go(function () { echo "co2\n"; Co::sleep(0.001); echo "co2 end\n"; });
    $f = new Fiber(function () use ($co2) { Co::join([$co2]); no_such(); });
    $f->start();
    echo "after?!\n";
});
echo "after run?!\n";',
    'E_USER_ERROR in a fiber' => '<?php
go(function () { Co::sleep(0.5); echo "other?!\n"; });
Co\run(function () {
    $f = new Fiber(function () { Co::sleep(0.001); trigger_error("fatal in fiber", E_USER_ERROR); });
    $f->start();
    echo "after?!\n";
});
echo "after run?!\n";',
];
foreach ($cases as $name => $code) {
    [$out, $status] = coro_child($code);
    echo "--- $name\n$out", "status $status\n";
}
?>
--EXPECT--
exit in fiber: 9, fiber terminated: true
--- uncaught Error in a fiber
co2
co2 end

Fatal error: Uncaught Error: Call to undefined function no_such() in CHILD:4
Stack trace:
#0 [internal function]: {closure}()
#1 CHILD(5): Fiber->start()
#2 [internal function]: {closure}()
#3 {main}
  thrown in CHILD on line 4
status 255
--- E_USER_ERROR in a fiber

Fatal error: fatal in fiber in CHILD on line 4
status 255
