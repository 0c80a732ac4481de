--TEST--
swoole timer: timers fire in deadline order; a slow tick skips missed ticks instead of bursting
--FILE--
<?php
$runs = 0;
Co\run(function () use (&$runs) {
    foreach ([300, 100, 200] as $ms) {  // 100 ms apart: the order survives valgrind
        Swoole\Timer::after($ms, function () use ($ms) { echo "after $ms\n"; });
    }
    Co::sleep(0.35);
    $start = microtime(true);
    Swoole\Timer::tick(10, function ($id) use (&$runs, $start) {
        $runs++;
        if ($runs === 1) {
            usleep(55000);  // blocks the loop through five more ticks
        } else {
            Swoole\Timer::clear($id);
            $elapsed = (microtime(true) - $start) * 1000;
            echo "second run after ", $elapsed >= 55 ? ">= 55" : "< 55", " ms\n";
        }
    });
});
echo "runs: $runs\n";
?>
--EXPECT--
after 100
after 200
after 300
second run after >= 55 ms
runs: 2
