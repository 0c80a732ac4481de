--TEST--
swoole event: exit() in the cycle callback (always outside coroutines) ends the script
--FILE--
<?php
$n = 0;
Swoole\Event::cycle(function () use (&$n) {
    if (++$n > 1) {
        echo "exit() was ignored\n";
        Swoole\Event::cycle(null);
        return;
    }
    echo "cycle: exit\n";
    exit(3);
});
Swoole\Timer::after(10, function () { echo "timer 1\n"; });
Swoole\Timer::after(300, function () { echo "timer 2: not reached\n"; });
Swoole\Event::wait();
echo "after wait: not reached\n";
?>
--EXPECT--
timer 1
cycle: exit
