--TEST--
Swoole\Table across pcntl_fork: four children incr() the same rows (the sums are exact), rows set and deleted by a child are seen by the parent, a child iterates while others write, a child's destroy() or exit leaves the parent's table alone
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl needed'); ?>
--FILE--
<?php
use Swoole\Table;

$t = new Table(256);
$t->column('hits', Table::TYPE_INT);
$t->column('sum', Table::TYPE_FLOAT);
$t->column('who', Table::TYPE_STRING, 16);
$t->create();
$t->set('gone', ['who' => 'parent']);

$pids = [];
for ($c = 0; $c < 4; $c++) {
    if (($pid = pcntl_fork()) === 0) {
        for ($i = 0; $i < 5000; $i++) {
            $t->incr('k' . ($i % 8), 'hits');
            $t->incr('k' . ($i % 8), 'sum', 0.5);
            $t->decr('down', 'hits');
        }
        $t->set("child$c", ['who' => "child $c", 'hits' => getmypid()]);
        if ($c === 0)
            $t->del('gone');
        exit(0);
    }
    $pids[$c] = $pid;
}
foreach ($pids as $pid)
    pcntl_waitpid($pid, $st);

for ($k = 0; $k < 8; $k++)
    echo "k$k: ", $t->get("k$k", 'hits'), ' ', $t->get("k$k", 'sum'), "\n";
var_dump($t->get('down', 'hits'));
for ($c = 0; $c < 4; $c++)
    var_dump($t->get("child$c", 'who'), $t->get("child$c", 'hits') === $pids[$c]);
var_dump($t->exists('gone'), count($t));

// one child iterates again and again while two others set and delete rows
$pids = [];
for ($c = 0; $c < 3; $c++) {
    if (($pid = pcntl_fork()) === 0) {
        if ($c === 0) {
            for ($pass = 0; $pass < 100; $pass++) {
                foreach ($t as $k => $row) {
                    if (str_starts_with($k, 'w') && $row['who'] !== $k)
                        exit(2);   // a row seen half-written
                }
            }
            exit(0);
        }
        for ($i = 0; $i < 3000; $i++) {
            $k = "w$c-" . ($i % 50);
            if ($i % 3 === 2)
                $t->del($k);
            else
                $t->set($k, ['who' => $k]);
        }
        exit(0);
    }
    $pids[] = $pid;
}
$codes = [];
foreach ($pids as $pid) {
    pcntl_waitpid($pid, $st);
    $codes[] = pcntl_wexitstatus($st);
}
var_dump($codes);
$n = 0;
foreach ($t as $k => $row)
    $n++;
$s = $t->stats();
var_dump($n === count($t), $s['num'] === $s['insert_count'] - $s['delete_count']);

// a child that destroys its table or just ends does not take the parent's away
if (($pid = pcntl_fork()) === 0) {
    $t->destroy();
    exit(0);
}
pcntl_waitpid($pid, $st);
if (($pid = pcntl_fork()) === 0) {
    unset($t);
    exit(0);
}
pcntl_waitpid($pid, $st);
var_dump($t->get('k0', 'hits'));
?>
--EXPECT--
k0: 2500 1250
k1: 2500 1250
k2: 2500 1250
k3: 2500 1250
k4: 2500 1250
k5: 2500 1250
k6: 2500 1250
k7: 2500 1250
int(-20000)
string(7) "child 0"
bool(true)
string(7) "child 1"
bool(true)
string(7) "child 2"
bool(true)
string(7) "child 3"
bool(true)
bool(false)
int(13)
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(0)
}
bool(true)
bool(true)
int(2500)
