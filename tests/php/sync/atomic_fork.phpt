--TEST--
Swoole\Atomic across fork: four children add to one counter (nothing lost), a child asleep in wait() is woken by the parent's wakeup(), wakeup(n) lets n sleepers go on, one of them with the flag
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl needed'); ?>
--FILE--
<?php
use Swoole\Atomic;

$n = new Atomic(0);
$l = new Atomic\Long(0);
$pids = [];
for ($i = 0; $i < 4; $i++) {
    if (($pid = pcntl_fork()) === 0) {
        for ($k = 0; $k < 20000; $k++) {
            $n->add();
            $l->sub(3);
        }
        exit(0);
    }
    $pids[] = $pid;
}
foreach ($pids as $pid)
    pcntl_waitpid($pid, $st);
var_dump($n->get(), $l->get());

// a sleeper in another process, woken by wakeup()
$flag = new Atomic(0);
$asleep = new Atomic(0);
if (($pid = pcntl_fork()) === 0) {
    $asleep->add();
    $ok = $flag->wait(10);          // returns when woken, long before the timeout
    exit($ok && $flag->get() === 0 ? 0 : 1);
}
while ($asleep->get() === 0)
    usleep(1000);
usleep(50000);
$t = microtime(true);
var_dump($flag->wakeup());
pcntl_waitpid($pid, $st);
var_dump(pcntl_wexitstatus($st), microtime(true) - $t < 5);

// three sleepers, one wakeup(3): all three go on, exactly one of them with the flag
$woken = new Atomic(0);
$asleep->set(0);
$pids = [];
for ($i = 0; $i < 3; $i++) {
    if (($pid = pcntl_fork()) === 0) {
        $asleep->add();
        $ok = $flag->wait(10);
        $woken->add();
        exit($ok ? 0 : 1);
    }
    $pids[] = $pid;
}
while ($asleep->get() < 3)
    usleep(1000);
usleep(50000);
$t = microtime(true);
$flag->wakeup(3);
$codes = [];
foreach ($pids as $pid) {
    pcntl_waitpid($pid, $st);
    $codes[] = pcntl_wexitstatus($st);
}
sort($codes);
var_dump($codes, $woken->get(), $flag->get(), microtime(true) - $t < 5);
?>
--EXPECT--
int(80000)
int(-240000)
bool(true)
int(0)
bool(true)
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(1)
}
int(3)
int(0)
bool(true)
