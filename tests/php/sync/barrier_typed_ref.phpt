--TEST--
swoole sync: Barrier::wait() on a typed property that cannot hold null throws the TypeError at once instead of waiting with it pending
--FILE--
<?php
class Holder { public Swoole\Coroutine\Barrier $b; }
go(function () {
    $h = new Holder;
    $h->b = Swoole\Coroutine\Barrier::make();
    go(function () { Co::sleep(0.05); echo "other coroutine\n"; });
    try {
        Swoole\Coroutine\Barrier::wait($h->b, 2);
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    echo "after wait\n";
    var_dump($h->b instanceof Swoole\Coroutine\Barrier);
});
?>
--EXPECT--
TypeError: Cannot assign null to reference held by property Holder::$b of type Swoole\Coroutine\Barrier
after wait
bool(true)
other coroutine
