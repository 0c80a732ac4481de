--TEST--
swoole timer: with enable_coroutine off callbacks run at the root; an uncaught exception there is PHP's fatal error
--FILE--
<?php
Swoole\Timer::set(['enable_coroutine' => false]);
Swoole\Timer::after(5, function () {
    echo "cid ", Co::getCid(), "\n";
    $n = 0;
    Swoole\Timer::tick(5, function ($id) use (&$n) {
        echo "tick ", ++$n, "\n";
        if ($n === 2) {
            Swoole\Timer::clear($id);  // while its own callback runs
            echo "cleared, still running\n";
            throw new RuntimeException("boom");
        }
    });
});
?>
--EXPECTF--
cid -1
tick 1
tick 2
cleared, still running

Fatal error: Uncaught RuntimeException: boom in %s:%d
Stack trace:
#0 [internal function]: {closure}(%d)
#1 {main}
  thrown in %s on line %d
