--TEST--
Swoole\Server: sendMessage()/onPipeMessage between two workers and a task worker
--FILE--
<?php
$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['worker_num' => 2, 'task_worker_num' => 1]);
$server->on('receive', function () {});
$server->on('task', function () {});
$server->on('workerStart', function ($s, $id) {
    if ($id === 0)
        $s->sendMessage('hello', 1);
});
$server->on('pipeMessage', function ($s, $src, $msg) {
    $where = $s->taskworker ? 'task worker' : 'worker';
    echo "$where {$s->worker_id} got ", json_encode($msg), " from $src\n";
    if ($s->worker_id === 1) {
        $s->sendMessage(['array', 'message'], 2);
    } elseif ($s->worker_id === 2) {
        $s->sendMessage(str_repeat('z', 100000), 0);
    } else {
        var_dump(strlen($msg));
        var_dump(@$s->sendMessage('self', 0), @$s->sendMessage('nobody', 3));
        $s->shutdown();
    }
});
$server->on('shutdown', function () { echo "shutdown\n"; });
var_dump($server->start());
?>
--EXPECTF--
worker 1 got "hello" from 0
task worker 2 got ["array","message"] from 1
worker 0 got "%s" from 2
int(100000)
bool(false)
bool(false)
shutdown
bool(true)
