--TEST--
swoole process: useQueue/push/pop/statQueue/freeQueue between parent and children (SysV message queue); many children at once, each answering over its own pipe
--FILE--
<?php
use Swoole\Process;
$key = 0x5300000 + getmypid() % 0xfffff;
$workers = [];
for ($i = 0; $i < 3; $i++) {
    $p = new Process(function (Process $w) use ($i) {
        exit((int)substr($w->pop(), 4));   // "job N" → exit code N
    }, false, 0);
    var_dump($p->useQueue($key));
    $p->start();
    $workers[] = $p;
}
$q = $workers[0];
var_dump($q->msgQueueKey === $key, is_int($q->msgQueueId));
foreach ([1, 2, 3] as $n) $q->push("job $n");
$done = [];
for ($i = 0; $i < 3; $i++) $done[] = Process::wait()['code'];
sort($done);
print_r($done);
var_dump($q->statQueue());
// non-blocking mode: an empty queue gives false at once
$nb = new Process(fn() => 0, false, 0);
$nb->useQueue($key, 2 | SWOOLE_IPC_NOWAIT);
var_dump($nb->pop());
var_dump($q->freeQueue(), $q->msgQueueId);
$x = new Process(fn() => 0);
var_dump(@$x->push('x'), @$x->pop());

// many children, each with its own pipe
$n = 40;
$ps = [];
for ($i = 0; $i < $n; $i++) {
    $p = new Process(function (Process $w) { $w->write((string)(intval($w->read()) * 2)); });
    $p->start();
    $ps[$i] = $p;
}
foreach ($ps as $i => $p) $p->write((string)$i);
$sum = 0;
foreach ($ps as $i => $p) $sum += (int)$p->read();
$codes = 0;
for ($i = 0; $i < $n; $i++) { $st = Process::wait(); $codes += $st['code'] + $st['signal']; }
var_dump($sum === $n * ($n - 1), $codes, Process::wait(false));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
array(2) {
  ["queue_num"]=>
  int(0)
  ["queue_bytes"]=>
  int(0)
}
bool(false)
bool(true)
NULL
bool(false)
bool(false)
bool(true)
int(0)
bool(false)
