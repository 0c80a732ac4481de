--TEST--
Swoole\Table: a full table — set() warns and returns false, nothing already stored changes, updates still work, rows deleted give their room back
--FILE--
<?php
use Swoole\Table;

$t = new Table(64, 0.2);          // 64 buckets, 12 conflict rows
$t->column('v', Table::TYPE_INT);
$t->column('s', Table::TYPE_STRING, 16);
$t->create();

$stored = [];
for ($i = 0; ; $i++) {
    $key = "key-$i";
    $ok = @$t->set($key, ['v' => $i, 's' => $key]);
    if (!$ok)
        break;
    $stored[$key] = $i;
}
$failed = $key;
$n = count($stored);
echo "stored $n rows, then '$failed' failed\n";
// how many fit depends on how the keys spread over the buckets: the pool's 12 at least
var_dump($n >= 12 && $n <= 64 + 12, count($t) === $n);
$st = $t->stats();
var_dump($st['available_slice_num'], $st['total_slice_num'], $st['num'] === $n);

// the warning, and nothing half-written
var_dump($t->set($failed, ['v' => -1]));
var_dump($t->exists($failed), $t->get($failed), count($t) === $n);
// incr of a missing row needs a row too
var_dump($t->incr($failed, 'v'));

$bad = 0;
foreach ($stored as $key => $v) {
    $row = $t->get($key);
    if ($row === false || $row['v'] !== $v || $row['s'] !== $key)
        $bad++;
}
var_dump($bad);

// updates of stored rows need no room
$first = array_key_first($stored);
var_dump($t->set($first, ['v' => 1000]), $t->incr($first, 'v'), $t->get($first, 'v'));

// delete every stored row: the table takes all of them again, and the failed key too
foreach ($stored as $key => $v)
    $t->del($key);
var_dump(count($t), $t->stats()['available_slice_num']);
$again = 0;
foreach ($stored as $key => $v)
    $again += $t->set($key, ['v' => $v]) ? 1 : 0;
var_dump($again === $n);
// a row deleted in another bucket does not make room in the failed key's bucket chain
// unless it gives back a pool row; with every row deleted it fits
foreach ($stored as $key => $v)
    $t->del($key);
var_dump($t->set($failed, ['v' => 5]), $t->get($failed, 'v'), count($t));
?>
--EXPECTF--
stored %d rows, then 'key-%d' failed
bool(true)
bool(true)
int(0)
int(12)
bool(true)

Warning: Swoole\Table::set(): failed to set('key-%d'), unable to allocate memory in %s on line %d
bool(false)
bool(false)
bool(false)
bool(true)

Warning: Swoole\Table::incr(): unable to allocate memory in %s on line %d
bool(false)
int(0)
bool(true)
int(1001)
int(1001)
int(0)
int(12)
bool(true)
bool(true)
int(5)
int(1)
