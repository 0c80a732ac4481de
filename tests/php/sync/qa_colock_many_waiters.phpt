--TEST--
QA: 3000 coroutines wait on a Coroutine\Lock and get it in order; 1000 on a shared one all get it; the shared lock's holder cannot be released by a forked child, and a parent dropping the lock it holds frees it for the child's waiters
--FILE--
<?php
use Swoole\Coroutine as Co;
use Swoole\Coroutine\Lock;
$l = new Lock; $n = 0; $order = [];
Co\run(function () use ($l, &$n, &$order) {
    $l->lock();
    for ($i = 0; $i < 3000; $i++) go(function () use ($l, $i, &$n, &$order) { $l->lock(); $n++; $order[] = $i; if ($i % 2) Co::sleep(0); $l->unlock(); });
    $l->unlock();
});
var_dump($n, $order === range(0, 2999));
$s = new Lock(true); $n = 0;
Co\run(function () use ($s, &$n) {
    $s->lock();
    for ($i = 0; $i < 1000; $i++) go(function () use ($s, &$n) { $s->lock(); $n++; Co::sleep(0); $s->unlock(); });
    Co::sleep(0.01);
    $s->unlock();
});
var_dump($n, $s->trylock());
$pid = pcntl_fork();
if ($pid === 0) {
    Co\run(function () use ($s) {
        var_dump($s->trylock(), $s->errCode, $s->unlock(), $s->errCode);
        go(function () use ($s) { var_dump($s->lock()); echo "child got it\n"; $s->unlock(); });
        $d = go(function () use ($s) { var_dump($s->lock(), $s->errCode); });
        $e = go(function () use ($s) { try { $s->lock(); } catch (Throwable $t) { echo get_class($t), "\n"; } });
        Co::cancel($d); Co::cancel($e, true);
    });
    exit(0);
}
usleep(100000);
unset($s);
pcntl_waitpid($pid, $st);
echo "parent done ", $st, "\n";
?>
--EXPECT--
int(3000)
bool(true)
int(1000)
bool(true)
bool(false)
int(16)
bool(false)
int(1)
bool(false)
int(125)
Swoole\Coroutine\CanceledException
bool(true)
child got it
parent done 0
