--TEST--
QA: a coroutine waiting forever on a shared Coroutine\Lock its own process holds gets the deadlock report (no retry timer keeps the loop alive for a holder of its own process)
--FILE--
<?php
use Swoole\Coroutine\Lock;
pcntl_alarm(5);  // the hang ends here with SIGALRM
$l = new Lock(true);
Co\run(function () use ($l) {
    $l->lock();
    go(function () use ($l) { echo "waiting\n"; $l->lock(); echo "never\n"; });
});
echo "after run\n";
?>
--EXPECTF--
waiting

===================================================================
 [FATAL ERROR]: all coroutines (count: 1) are asleep - deadlock!
===================================================================

 [Coroutine-2] waiting on: Coroutine\Lock::lock()
--------------------------------------------------------------------
#0 %sqa_colock_shared_deadlock.php(7): Swoole\Coroutine\Lock->lock()
#1 [internal function]: {closure}()
after run
