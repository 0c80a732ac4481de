--TEST--
QA: Swoole\Lock argument errors, subclasses (with and without parent::__construct), negative lockwait timeouts wait for a holder in a child, a child cannot release the parent's hold, a child's hold is released when it exits
--FILE--
<?php
use Swoole\Lock;
foreach ([fn() => new Lock("x"), fn() => new Lock(SWOOLE_MUTEX, "f", 3), fn() => (new Lock)->lockwait("x"),
          fn() => (new Lock)->lock(1), fn() => new Lock(-1), fn() => new Lock(0)] as $f) {
    try { $f(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
class L2 extends Lock { function __construct() {} }
$x = new L2;
try { $x->unlock(); } catch (Swoole\Error $e) { echo $e->getMessage(), "\n"; }
class L3 extends Lock { function __construct() { parent::__construct(SWOOLE_RWLOCK); } }
$x = new L3;
var_dump($x->lock_read(), $x->trylock_read(), $x->trylock(), $x->errCode, $x->unlock(), $x->unlock(), $x->trylock(), $x->unlock());
foreach (['MUTEX' => SWOOLE_MUTEX, 'RWLOCK' => SWOOLE_RWLOCK, 'SPINLOCK' => SWOOLE_SPINLOCK] as $name => $t) {
    foreach ([-0.5, -INF] as $to) {
        $l = new Lock($t);
        $pid = pcntl_fork();
        if ($pid === 0) { $l->lock(); usleep(200000); $l->unlock(); exit(0); }
        usleep(50000);
        $s = microtime(true);
        $r = $l->lockwait($to);
        echo "$name ", var_export($to, true), ": ", var_export($r, true), microtime(true) - $s > 0.1 ? " waited" : " no wait", "\n";
        $l->unlock();
        pcntl_waitpid($pid, $st);
    }
    $l = new Lock($t);
    $l->lock();
    $pid = pcntl_fork();
    if ($pid === 0) {
        echo json_encode([$l->trylock(), $l->errCode, $l->unlock(), $l->errCode, $l->lockwait(0.05), $l->errCode]), "\n";
        exit(0);
    }
    pcntl_waitpid($pid, $st);
    var_dump($l->unlock());
    $pid = pcntl_fork();
    if ($pid === 0) { $l->lock(); exit(0); }
    pcntl_waitpid($pid, $st);
    var_dump($l->lockwait(0.5), $l->unlock());
}
?>
--EXPECT--
TypeError: Swoole\Lock::__construct(): Argument #1 ($type) must be of type int, string given
ArgumentCountError: Swoole\Lock::__construct() expects at most 2 arguments, 3 given
TypeError: Swoole\Lock::lockwait(): Argument #1 ($timeout) must be of type float, string given
ArgumentCountError: Swoole\Lock::lock() expects exactly 0 arguments, 1 given
Swoole\Exception: unknown lock type -1
Swoole\Exception: unknown lock type 0
L2 has no lock: its constructor did not complete
bool(true)
bool(true)
bool(false)
int(35)
bool(true)
bool(true)
bool(true)
bool(true)
MUTEX -0.5: true waited
MUTEX -INF: true waited
[false,16,false,1,false,110]
bool(true)
bool(true)
bool(true)
RWLOCK -0.5: true waited
RWLOCK -INF: true waited
[false,16,false,1,false,110]
bool(true)
bool(true)
bool(true)
SPINLOCK -0.5: true waited
SPINLOCK -INF: true waited
[false,16,false,1,false,110]
bool(true)
bool(true)
bool(true)
