--TEST--
QA: Coroutine\Lock waiters canceled (false/ECANCELED) or canceled with throw (CanceledException) leave the queue; a Timer callback waits on the lock; defer() releases it; a coroutine that ends holding it after catching its own exception leaves a waiter in the deadlock report
--FILE--
<?php
use Swoole\Coroutine as Co;
use Swoole\Coroutine\Lock;
$l = new Lock;
Co\run(function () use ($l) {
    $l->lock();
    $c1 = go(function () use ($l) { $r = $l->lock(); echo "c1 ", var_export($r, true), " ", $l->errCode, "\n"; });
    $c2 = go(function () use ($l) { try { $l->lock(); } catch (Throwable $e) { echo "c2 ", get_class($e), "\n"; } });
    go(function () use ($l) { var_dump($l->lock()); echo "c3 has it\n"; $l->unlock(); });
    var_dump(Co::cancel($c2, true), Co::cancel($c1), Co::cancel($c1));
    $l->unlock();
    var_dump($l->trylock(), $l->unlock());
});
Co\run(function () use ($l) {
    $l->lock();
    Swoole\Timer::after(5, function () use ($l) {
        echo "timer waits\n";
        var_dump($l->lock());
        echo "timer has it\n";
        var_dump($l->unlock());
    });
    Co::defer(function () use ($l) { echo "defer unlocks\n"; var_dump($l->unlock()); });
    Co::sleep(0.03);
    echo "main ends\n";
});
$h = new Lock;
Co\run(function () use ($h) {
    go(function () use ($h) { try { $h->lock(); throw new Exception("boom"); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; } });
    go(function () use ($h) { echo "waiting\n"; $h->lock(); echo "never\n"; });
});
echo "after run\n";
?>
--EXPECTF--
c2 Swoole\Coroutine\CanceledException
c1 false 125
bool(true)
bool(true)
bool(false)
bool(true)
c3 has it
bool(true)
bool(true)
timer waits
main ends
defer unlocks
bool(true)
timer has it
bool(true)
bool(true)
caught boom
waiting

===================================================================
 [FATAL ERROR]: all coroutines (count: 1) are asleep - deadlock!
===================================================================

 [Coroutine-%d] waiting on: Coroutine\Lock::lock()
--------------------------------------------------------------------
#0 %sqa_colock_cancel_timer.php(29): Swoole\Coroutine\Lock->lock()
#1 [internal function]: {closure}()
after run
