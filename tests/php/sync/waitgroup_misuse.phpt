--TEST--
swoole waitgroup: misuse as in Swoole - add() while a coroutine waits throws, negative counters throw InvalidArgumentException (add) / BadMethodCallException (done), a negative initial delta is ignored
--FILE--
<?php
use Swoole\Coroutine\WaitGroup;
Co\run(function () {
    $wg = new WaitGroup(-3);
    var_dump($wg->count());
    try { $wg->add(-1); } catch (LogicException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { $wg->done(); } catch (LogicException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    $wg->add(1);
    go(function () use ($wg) {
        Co::sleep(0.01);
        try { $wg->add(1); } catch (LogicException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
        $wg->done();
    });
    var_dump($wg->wait(1), $wg->count());
    $wg->add(2);  // nobody waits any more
    var_dump($wg->count());
});
?>
--EXPECT--
int(0)
InvalidArgumentException: WaitGroup misuse: negative counter
BadMethodCallException: WaitGroup misuse: negative counter
BadMethodCallException: WaitGroup misuse: add called concurrently with wait
bool(true)
int(0)
int(2)
