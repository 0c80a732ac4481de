--TEST--
Swoole\Lock across fork: for each type one process at a time in the critical section of four children; lockwait() times out (ETIMEDOUT) while a child holds it; a mutex whose holder died is taken again; a child that exits holding a spinlock releases it
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl needed'); ?>
--FILE--
<?php
use Swoole\Atomic;
use Swoole\Lock;

function children(int $n, callable $fn): array
{
    $pids = [];
    for ($i = 0; $i < $n; $i++) {
        if (($pid = pcntl_fork()) === 0) {
            $fn($i);
            exit(0);
        }
        $pids[] = $pid;
    }
    $codes = [];
    foreach ($pids as $pid) {
        pcntl_waitpid($pid, $st);
        $codes[] = pcntl_wifexited($st) ? pcntl_wexitstatus($st) : -1;
    }
    return $codes;
}

foreach (['MUTEX' => SWOOLE_MUTEX, 'RWLOCK' => SWOOLE_RWLOCK, 'SPINLOCK' => SWOOLE_SPINLOCK,
          'SEM' => SWOOLE_SEM] as $name => $type) {
    $lock = new Lock($type);
    $inside = new Atomic(0);
    $overlaps = new Atomic(0);
    $entries = new Atomic(0);
    $codes = children(4, function () use ($lock, $inside, $overlaps, $entries) {
        for ($k = 0; $k < 300; $k++) {
            if (!$lock->lock())
                exit(1);
            if ($inside->add() !== 1)
                $overlaps->add();
            $entries->add();
            if ($k % 50 == 0)
                usleep(100);
            $inside->sub();
            if (!$lock->unlock())
                exit(2);
        }
    });
    echo "$name: exits ", implode(',', $codes), ", entries {$entries->get()}, overlaps {$overlaps->get()}\n";
}

// lockwait() against a holder in another process
$lock = new Lock(SWOOLE_MUTEX);
$held = new Atomic(0);
$release = new Atomic(0);
if (($pid = pcntl_fork()) === 0) {
    $lock->lock();
    $held->set(1);
    $release->wait(10);
    $lock->unlock();
    exit(0);
}
while ($held->get() === 0)
    usleep(1000);
$t = microtime(true);
var_dump($lock->lockwait(0.1), $lock->errCode === 110 /* ETIMEDOUT */, microtime(true) - $t >= 0.09);
var_dump($lock->trylock(), $lock->errCode === 16 /* EBUSY */);
$release->wakeup();
var_dump($lock->lockwait(5), $lock->unlock());
pcntl_waitpid($pid, $st);

// a mutex whose holder died
$lock = new Lock(SWOOLE_MUTEX);
if (($pid = pcntl_fork()) === 0) {
    $lock->lock();
    exec('kill -KILL ' . getmypid());   // no shutdown, nothing released
    sleep(10);
}
pcntl_waitpid($pid, $st);
var_dump(pcntl_wifsignaled($st), $lock->lockwait(2), $lock->unlock());

// a child that exits (normally) while holding a spinlock
$lock = new Lock(SWOOLE_SPINLOCK);
children(1, function () use ($lock) { $lock->lock(); });
var_dump($lock->lockwait(2), $lock->unlock());
?>
--EXPECT--
MUTEX: exits 0,0,0,0, entries 1200, overlaps 0
RWLOCK: exits 0,0,0,0, entries 1200, overlaps 0
SPINLOCK: exits 0,0,0,0, entries 1200, overlaps 0
SEM: exits 0,0,0,0, entries 1200, overlaps 0
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
