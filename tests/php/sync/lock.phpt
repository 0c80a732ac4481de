--TEST--
Swoole\Lock in one process: each type locks, refuses a second lock by its holder (EDEADLK) and an unlock of what it does not hold (EPERM), trylock/lockwait; readers share a RWLOCK; constants and alias; bad types, a second constructor call, clone and serialize are refused
--FILE--
<?php
use Swoole\Lock;

foreach (['MUTEX' => SWOOLE_MUTEX, 'RWLOCK' => SWOOLE_RWLOCK, 'SPINLOCK' => SWOOLE_SPINLOCK,
          'SEM' => SWOOLE_SEM] as $name => $type) {
    $l = new Lock($type);
    echo "$name: ";
    var_dump($l->unlock(), $l->errCode === 1 /* EPERM */);
    var_dump($l->lock());
    if ($type === SWOOLE_SEM) {
        var_dump($l->trylock(), $l->errCode === 16 /* EBUSY: a semaphore does not know its holder */);
    } else {
        var_dump($l->lock(), $l->errCode === 35 /* EDEADLK */);
    }
    var_dump($l->unlock(), $l->trylock(), $l->unlock(), $l->lockwait(0.2), $l->unlock());
}

$rw = new Lock(SWOOLE_RWLOCK);
var_dump($rw->lock_read(), $rw->trylock_read(), $rw->trylock(), $rw->errCode === 35);
var_dump($rw->unlock(), $rw->unlock(), $rw->unlock());
// one mode only for the others: lock_read is lock
$m = new Lock();
var_dump($m->lock_read(), $m->trylock_read(), $m->unlock());

var_dump(SWOOLE_MUTEX === Lock::MUTEX, SWOOLE_RWLOCK === Lock::RWLOCK,
         SWOOLE_SPINLOCK === Lock::SPINLOCK, SWOOLE_SEM === Lock::SEM,
         new swoole_lock instanceof Lock);

try { new Lock(SWOOLE_FILELOCK, '/tmp/x.lock'); } catch (Swoole\Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new Lock(99); } catch (Swoole\Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $m->__construct(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { clone $m; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { serialize($m); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$r = (new ReflectionClass(Lock::class))->newInstanceWithoutConstructor();
try { $r->lock(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
// a lock dropped while held is released by this process
$h = new Lock(SWOOLE_SPINLOCK);
var_dump($h->lock());
unset($h);
echo "done\n";
?>
--EXPECT--
MUTEX: bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
RWLOCK: bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
SPINLOCK: bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
SEM: bool(false)
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
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
Swoole\Exception: SWOOLE_FILELOCK is not supported: use SWOOLE_MUTEX, SWOOLE_RWLOCK, SWOOLE_SPINLOCK or SWOOLE_SEM
Swoole\Exception: unknown lock type 99
Swoole\Error: Constructor of Swoole\Lock can only be called once
Error: Trying to clone an uncloneable object of class Swoole\Lock
Exception: Serialization of 'Swoole\Lock' is not allowed
Swoole\Error: Swoole\Lock has no lock: its constructor did not complete
bool(true)
done
