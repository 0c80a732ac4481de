--TEST--
swoole coroutine: fibers inside coroutines (a switch inside a fiber suspends its coroutine), coroutines created inside a fiber, PHP's fiber errors
--FILE--
<?php
Co\run(function () {
    echo "--- a fiber inside a coroutine switches the whole coroutine\n";
    $a = go(function () {
        $f = new Fiber(function (string $x) {
            echo "fiber start $x in coroutine ", Co::getCid(), "\n";
            Co::yield();
            echo "fiber resumed by Co::resume\n";
            $y = Fiber::suspend("s1");
            echo "fiber got $y\n";
            Co::sleep(0.001);
            echo "fiber after Co::sleep\n";
            return "fiber result";
        });
        $v = $f->start("arg");
        echo "A: fiber suspended with $v\n";
        Co::yield();
        $f->resume("r1");
        echo "A: fiber returned ", $f->getReturn(), "\n";
    });
    echo "driver: A yielded inside its fiber\n";
    Co::resume($a);
    echo "driver: A yielded outside its fiber\n";
    Co::resume($a);
    echo "driver: A sleeps inside its fiber\n";
    Co::join([$a]);
    echo "driver: A joined\n";

    echo "--- a coroutine created inside a fiber\n";
    $f = new Fiber(function () {
        $cid = go(function () {
            echo "coroutine ", Co::getCid(), " created in a fiber, pcid ", Co::getPcid(), "\n";
            Co::yield();
            echo "coroutine created in the fiber ends\n";
        });
        echo "fiber created $cid\n";
        Fiber::suspend($cid);
        echo "fiber resumed\n";
    });
    $child = $f->start();
    $f->resume();
    var_dump($f->isTerminated());
    Co::resume($child);

    echo "--- PHP's fiber errors\n";
    try { Fiber::suspend(); } catch (FiberError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    $g = new Fiber(function () { Fiber::suspend(); });
    $g->start();
    try { $g->start(); } catch (FiberError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    $busy = new Fiber(function () { Co::yield(); });
    $b = go(function () use ($busy) { $busy->start(); });
    try { $busy->resume(); } catch (FiberError $e) { echo "resume a fiber whose coroutine is suspended: ", $e->getMessage(), "\n"; }
    Co::resume($b);

    echo "--- a fiber suspended in one coroutine, resumed in another\n";
    $h = new Fiber(function () {
        echo "h runs in ", Co::getCid(), "\n";
        $x = Fiber::suspend();
        echo "h resumed in ", Co::getCid(), " with $x\n";
    });
    $h->start();
    go(function () use ($h) { $h->resume("from other"); });
});
?>
--EXPECT--
--- a fiber inside a coroutine switches the whole coroutine
fiber start arg in coroutine 2
driver: A yielded inside its fiber
fiber resumed by Co::resume
A: fiber suspended with s1
driver: A yielded outside its fiber
fiber got r1
driver: A sleeps inside its fiber
fiber after Co::sleep
A: fiber returned fiber result
driver: A joined
--- a coroutine created inside a fiber
coroutine 3 created in a fiber, pcid 1
fiber created 3
fiber resumed
bool(true)
coroutine created in the fiber ends
--- PHP's fiber errors
FiberError: Cannot suspend outside of a fiber
FiberError: Cannot start a fiber that has already been started
resume a fiber whose coroutine is suspended: Cannot resume a fiber that is not suspended
--- a fiber suspended in one coroutine, resumed in another
h runs in 1
h resumed in 5 with from other
