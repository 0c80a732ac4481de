--TEST--
swoole barrier: wait() returns when every coroutine holding the barrier has ended; timeout; single use
--FILE--
<?php
use Swoole\Coroutine\Barrier;
Co\run(function () {
    $barrier = Barrier::make();
    $count = 0;
    foreach ([2, 1, 3] as $i) {
        go(function () use ($barrier, &$count, $i) {
            Co::sleep($i / 100);
            $count++;
        });
    }
    Barrier::wait($barrier);
    var_dump($barrier, $count);

    $alone = Barrier::make();
    Barrier::wait($alone);  // nobody else holds it
    echo "alone\n";

    $slow = Barrier::make();
    go(function () use ($slow) { Co::sleep(0.5); echo "slow child ends\n"; });
    Barrier::wait($slow, 0.01);
    var_dump(swoole_last_error() === SWOOLE_ERROR_CO_TIMEDOUT);

    $b = Barrier::make();
    $keep = $b;
    go(function () use ($b) { Co::sleep(0.01); });
    Barrier::wait($b, 0.001);
    try { Barrier::wait($keep); } catch (Swoole\Exception $e) { echo $e->getMessage(), "\n"; }
    try { new Barrier; } catch (Error $e) { echo $e->getMessage(), "\n"; }
});
?>
--EXPECT--
NULL
int(3)
alone
bool(true)
The barrier is waiting, cannot wait again.
Call to private Swoole\Coroutine\Barrier::__construct() from global scope
slow child ends
