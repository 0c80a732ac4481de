--TEST--
swoole coroutine: fibers inside coroutines (Co::sleep inside a fiber suspends its coroutine), coroutines created inside a fiber, PHP's fiber errors
--FILE--
<?php
Co\run(function () {
    $a = go(function () {
        $f = new Fiber(function (string $x) {
            echo "fiber start $x in coroutine ", Co::getCid(), "\n";
            Co::sleep(0.03);
            echo "fiber after Co::sleep\n";
            $y = Fiber::suspend("s1");
            echo "fiber got $y\n";
            Co::sleep(0.01);
            return "fiber result";
        });
        $v = $f->start("arg");
        echo "A: fiber suspended with $v\n";
        Co::sleep(0.03);
        $f->resume("r1");
        echo "A: fiber returned ", $f->getReturn(), "\n";
    });
    go(function () {
        for ($i = 0; $i < 3; $i++) { echo "B tick $i\n"; Co::sleep(0.02); }
    });
    // coroutine creation inside a Fiber
    $f = new Fiber(function () {
        $cid = go(function () { echo "coroutine ", Co::getCid(), " created in a fiber, pcid ", Co::getPcid(), "\n"; Co::sleep(0.01); echo "coroutine in fiber ends\n"; });
        echo "fiber created $cid\n";
        Fiber::suspend();
        echo "fiber resumed\n";
    });
    $f->start();
    $f->resume();
    // PHP's errors
    try { Fiber::suspend(); } catch (FiberError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    $g = new Fiber(function () { Fiber::suspend(); });
    $g->start();
    try { $g->start(); } catch (FiberError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    // a fiber suspended in a coroutine, resumed by another coroutine
    $h = new Fiber(function () { echo "h in ", Co::getCid(), "\n"; $x = Fiber::suspend(); echo "h resumed in ", Co::getCid(), " with $x\n"; });
    $h->start();
    go(function () use ($h) { $h->resume("from other"); });
});
?>
--EXPECT--
fiber start arg in coroutine 2
B tick 0
coroutine 4 created in a fiber, pcid 1
fiber created 4
fiber resumed
FiberError: Cannot suspend outside of a fiber
FiberError: Cannot start a fiber that has already been started
h in 1
h resumed in 5 with from other
coroutine in fiber ends
B tick 1
fiber after Co::sleep
A: fiber suspended with s1
B tick 2
fiber got r1
A: fiber returned fiber result
