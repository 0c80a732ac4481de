--TEST--
Swoole\Coroutine\Lock: waiters suspend (not the process) and get the lock in order from unlock(); the holder's relock is EDEADLK, a non-holder's unlock EPERM, trylock EBUSY; a canceled waiter gets false/ECANCELED; the root may take a free lock but cannot wait; Co\Lock alias
--FILE--
<?php
use Swoole\Coroutine as Co;
use Swoole\Coroutine\Lock;

$l = new Lock;
Co\run(function () use ($l) {
    var_dump($l->lock());
    $ticks = 0;
    go(function () use (&$ticks) { for ($i = 0; $i < 3; $i++) { Co::sleep(0.005); $ticks++; } });
    go(function () use ($l) {
        echo "B waits\n";
        var_dump($l->lock());
        echo "B has it\n";
        Co::sleep(0.01);
        var_dump($l->unlock());
        echo "B released\n";
    });
    go(function () use ($l) {
        echo "C waits\n";
        var_dump($l->lock());
        echo "C has it\n";
        $l->unlock();
    });
    $d = go(function () use ($l) {
        echo "D waits\n";
        var_dump($l->lock(), $l->errCode === 125 /* ECANCELED */);
    });
    go(function () use ($l) {
        var_dump($l->trylock(), $l->errCode === 16 /* EBUSY */);
        var_dump($l->unlock(), $l->errCode === 1 /* EPERM */);
    });
    var_dump($l->lock(), $l->errCode === 35 /* EDEADLK */);
    Co::cancel($d);
    Co::sleep(0.03);
    echo "A releases after $ticks ticks of another coroutine\n";
    var_dump($l->unlock());
});
echo "after run: ";
var_dump($l->trylock(), $l->unlock());          // the root may take a free lock
Co\run(function () use ($l) {
    $l->lock();
    go(function () use ($l) { Co::sleep(0.01); $l->unlock(); });
});
var_dump(new Co\Lock instanceof Lock);
$h = new Lock;
Co\run(function () use ($h) { go(function () use ($h) { $h->lock(); }); });  // ends holding it
try { $h->lock(); } catch (Swoole\Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
bool(true)
B waits
C waits
D waits
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
A releases after 3 ticks of another coroutine
bool(true)
B has it
bool(true)
bool(true)
C has it
bool(true)
B released
after run: bool(true)
bool(true)
bool(true)
Swoole\Error: API must be called in the coroutine: Coroutine\Lock::lock()
