--TEST--
QA: Swoole\Lock::lockwait() with an infinite or huge timeout waits for the holder
--FILE--
<?php
use Swoole\Lock;
foreach (['MUTEX' => SWOOLE_MUTEX, 'SPINLOCK' => SWOOLE_SPINLOCK] as $name => $t) {
    foreach ([INF, 1e30] as $to) {
        $l = new Lock($t);
        $pid = pcntl_fork();
        if ($pid === 0) { $l->lock(); usleep(300000); $l->unlock(); exit(0); }
        usleep(100000);
        $r = $l->lockwait($to);
        echo "$name ", var_export($to, true), ": ", var_export($r, true), " errCode=", $l->errCode, "\n";
        if ($r) $l->unlock();
        pcntl_waitpid($pid, $st);
    }
}
?>
--EXPECT--
MUTEX INF: true errCode=0
MUTEX 1.0E+30: true errCode=0
SPINLOCK INF: true errCode=0
SPINLOCK 1.0E+30: true errCode=0
