--TEST--
QA: Swoole\Atomic::wait() with INF/NAN/negative/zero timeout sleeps until another process wakes it; a parent dropping its Atomic does not disturb a child's; wakeup(3) with 3 waiters passes one flag
--FILE--
<?php
use Swoole\Atomic;
$a = new Atomic(0);
foreach ([INF, 1e30, NAN, -1.0, 0.0] as $to) {
    $pid = pcntl_fork();
    if ($pid === 0) { usleep(150000); $a->wakeup(); exit(0); }
    $s = microtime(true);
    $r = $a->wait($to);
    $el = microtime(true) - $s;
    echo var_export($to, true), ": ", var_export($r, true), " ", $el > 0.1 && $el < 2 ? "waited" : "time $el", " ", $a->get(), "\n";
    pcntl_waitpid($pid, $st);
}
$a = new Atomic(0);
$pid = pcntl_fork();
if ($pid === 0) { $r = $a->wait(3); echo "child: ", var_export($r, true), " ", $a->add(5), "\n"; exit(0); }
usleep(100000); $a->wakeup(); unset($a);
pcntl_waitpid($pid, $st); echo "child status ", $st, "\n";
$a = new Atomic(0); $pids = [];
for ($i = 0; $i < 3; $i++) { $p = pcntl_fork(); if ($p === 0) { exit($a->wait(0.5) ? 1 : 2); } $pids[] = $p; }
usleep(150000); $a->wakeup(3);
$res = []; foreach ($pids as $p) { pcntl_waitpid($p, $st); $res[] = pcntl_wexitstatus($st); }
sort($res); echo json_encode($res), " ", $a->get(), "\n";
?>
--EXPECT--
INF: true waited 0
1.0E+30: true waited 0
NAN: true waited 0
-1.0: true waited 0
0.0: true waited 0
child: true 5
child status 0
[1,2,2] 0
