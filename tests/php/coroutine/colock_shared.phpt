--TEST--
Swoole\Coroutine\Lock(true) across fork: a coroutine of the child waits (suspended: its other coroutines run) until the parent's holder releases; one holder at a time over many rounds; a lock made without $shared is copied by fork with its holder
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl needed'); ?>
--FILE--
<?php
use Swoole\Atomic;
use Swoole\Coroutine as Co;
use Swoole\Coroutine\Lock;

$shared = new Lock(true);
$private = new Lock();
$inside = new Atomic(0);
$overlaps = new Atomic(0);
$parent_has = new Atomic(0);

$shared->lock();                  // the root of the parent holds it
$private->lock();
if (($pid = pcntl_fork()) === 0) {
    $code = 0;
    // a process-local lock is copied with its holder (the root, as in the parent)
    if (!$private->unlock() || !$private->trylock() || !$private->unlock())
        $code |= 1;
    Co\run(function () use ($shared, $inside, $overlaps, $parent_has, &$code) {
        while ($parent_has->get() === 0)
            Co::sleep(0.001);
        $ticks = 0;
        go(function () use (&$ticks) { while ($ticks < 5) { Co::sleep(0.005); $ticks++; } });
        if (!$shared->lock())
            $code |= 2;
        if ($parent_has->get() !== 2)   // the parent released before we got it
            $code |= 4;
        if ($ticks < 5)                 // other coroutines ran while we waited
            $code |= 8;
        $shared->unlock();
        for ($k = 0; $k < 200; $k++) {
            $shared->lock();
            if ($inside->add() !== 1)
                $overlaps->add();
            if ($k % 20 == 0)
                Co::sleep(0.001);
            $inside->sub();
            $shared->unlock();
        }
    });
    exit($code);
}
$parent_has->set(1);
usleep(100000);
$parent_has->set(2);
$shared->unlock();
$private->unlock();
Co\run(function () use ($shared, $inside, $overlaps) {
    for ($k = 0; $k < 200; $k++) {
        $shared->lock();
        if ($inside->add() !== 1)
            $overlaps->add();
        if ($k % 20 == 0)
            Co::sleep(0.001);
        $inside->sub();
        $shared->unlock();
    }
});
pcntl_waitpid($pid, $st);
var_dump(pcntl_wexitstatus($st), $overlaps->get());
?>
--EXPECT--
int(0)
int(0)
