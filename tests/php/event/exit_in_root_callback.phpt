--TEST--
swoole event: exit() in a callback run outside coroutines (timer with enable_coroutine off, cycle) ends the script instead of being ignored
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown, status kept\n"; });
Swoole\Timer::set(['enable_coroutine' => false]);
$n = 0;
Swoole\Timer::tick(10, function ($id) use (&$n) {
    if (++$n > 1) {
        echo "exit() was ignored\n";
        Swoole\Timer::clear($id);
        return;
    }
    echo "tick: exit\n";
    exit(0);
});
Swoole\Event::wait();
echo "after wait: not reached\n";
?>
--EXPECT--
tick: exit
shutdown, status kept
