--TEST--
Swoole\Table shared by Swoole\Server workers (worker_num 2): a row set in one worker is read in the other, both incr() the same row, the master sees the result after shutdown
--FILE--
<?php
use Swoole\Table;

$t = new Table(64);
$t->column('worker', Table::TYPE_INT);
$t->column('pid', Table::TYPE_INT);
$t->column('note', Table::TYPE_STRING, 32);
$t->create();

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['worker_num' => 2, 'log_level' => SWOOLE_LOG_WARNING]);
$server->on('receive', function () {});
$server->on('workerStart', function ($s, $id) use ($t) {
    $t->set("w$id", ['worker' => $id, 'pid' => getmypid(), 'note' => "started $id"]);
    if ($id === 0)
        $s->sendMessage('your turn', 1);
});
$server->on('pipeMessage', function ($s, $src, $msg) use ($t) {
    $id = $s->worker_id;
    $other = $t->get('w' . (1 - $id));
    echo "worker $id sees worker {$other['worker']}: {$other['note']}, ",
        $other['pid'] !== getmypid() ? 'another process' : 'same process', "\n";
    for ($i = 0; $i < 1000; $i++)
        $t->incr('shared', 'worker');
    if ($id === 1) {
        $t->set('from1', ['note' => 'set by worker 1']);
        $s->sendMessage('back', 0);
    } else {
        echo "worker 0 reads: ", $t->get('from1', 'note'), "\n";
        echo "shared: ", $t->get('shared', 'worker'), "\n";
        $s->shutdown();
    }
});
var_dump($server->start());
echo "master: ", count($t), " rows, shared = ", $t->get('shared', 'worker'), "\n";
?>
--EXPECT--
worker 1 sees worker 0: started 0, another process
worker 0 sees worker 1: started 1, another process
worker 0 reads: set by worker 1
shared: 2000
bool(true)
master: 4 rows, shared = 2000
