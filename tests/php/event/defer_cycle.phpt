--TEST--
swoole event: defer runs in the next iteration (FIFO; defers added by defers wait one more), cycle runs after each iteration, exit stops the loop
--FILE--
<?php
Swoole\Event::defer(function () {
    echo "defer 1\n";
    Swoole\Event::defer(function () { echo "defer 3 (added by defer 1)\n"; });
});
swoole_event_defer(function () { echo "defer 2\n"; });
$iterations = 0;
Swoole\Event::cycle(function () use (&$iterations) {
    $iterations++;
    echo "cycle $iterations\n";
    if ($iterations === 2) {
        var_dump(Swoole\Event::cycle(null));
    }
});
Swoole\Timer::after(300, function () { echo "timer\n"; });
echo "script end\n";
Swoole\Event::wait();
echo "after wait\n";
Swoole\Timer::tick(5, function () { echo "tick, then exit\n"; Swoole\Event::exit(); });
Swoole\Event::wait();
var_dump(count(Swoole\Timer::list()));
Swoole\Timer::clearAll();
?>
--EXPECT--
script end
defer 1
defer 2
cycle 1
defer 3 (added by defer 1)
cycle 2
bool(true)
timer
after wait
tick, then exit
int(1)
