--TEST--
Swoole\Server: task_enable_coroutine — onTask($server, Server\Task) in a coroutine, $task->finish(); taskCo() with keys, a timed-out task is false
--FILE--
<?php
use Swoole\Coroutine as Co;

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['worker_num' => 1, 'task_worker_num' => 1, 'task_enable_coroutine' => true]);
$server->on('receive', function () {});
$server->on('task', function (Swoole\Server $s, Swoole\Server\Task $task) {
    switch (is_array($task->data) ? 'sum' : $task->data) {
    case 'sleep':
        Co::sleep(0.2);  /* the task worker goes on with the next task meanwhile */
        $task->finish('slept');
        break;
    case 'quick':
        $task->finish('quick');
        if (@$task->finish('twice') !== false || @$s->finish('twice') !== false)
            echo "a task finished twice\n";
        break;
    case 'sum':
        $info = ['sum' => array_sum($task->data), 'in_coroutine' => Co::getCid() > 0,
                 'worker_id' => $task->worker_id, 'id' => $task->id > 0,
                 'dispatch_time' => abs($task->dispatch_time - microtime(true)) < 5];
        $task->finish($info);
        break;
    case 'never':
        break;
    }
});
$order = [];
$server->on('finish', function ($s, $id, $data) use (&$order) {
    $order[] = $data;
    if (count($order) == 2) {
        echo 'onFinish order: ', implode(', ', $order), "\n";
        $s->shutdown();
    }
});
$server->on('workerStart', function ($s, $id) {
    if ($s->taskworker)
        return;
    $r = $s->taskCo(['a' => 'sleep', 'b' => [1, 2, 3], 7 => 'never'], 0.6);
    var_dump($r);
    var_dump($s->taskCo([]));
    $s->task('sleep');
    $s->task('quick');
});
var_dump($server->start());
?>
--EXPECTF--
array(3) {
  ["a"]=>
  string(5) "slept"
  ["b"]=>
  array(5) {
    ["sum"]=>
    int(6)
    ["in_coroutine"]=>
    bool(true)
    ["worker_id"]=>
    int(0)
    ["id"]=>
    bool(true)
    ["dispatch_time"]=>
    bool(true)
  }
  [7]=>
  bool(false)
}

Warning: Swoole\Server::taskCo(): the number of tasks must be 1 to 1024 in %s on line %d
bool(false)
onFinish order: quick, slept
bool(true)
