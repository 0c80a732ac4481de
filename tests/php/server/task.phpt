--TEST--
Swoole\Server: task workers — taskwait (array, 1 MB payload, timeout: the late result is dropped), task() with a finish callback and onFinish, finish() misuse
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['worker_num' => 1, 'task_worker_num' => 2]);
$peer = null;
$server->on('managerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
for i in range(200):
    try:
        a = conn(int(sys.argv[1]))
        break
    except ConnectionRefusedError:
        time.sleep(0.05)
a.sendall(b'go')
print(readn(a, 7))
a.close()
PY, [$s->port]);
});
$server->on('task', function ($s, $id, $src, $data) {
    if ($data === 'slow') {
        usleep(400000);
        return 'late';
    }
    if (is_array($data))
        return ['n' => $data['n'] + 1, 'taskworker' => $s->taskworker, 'src' => $src,
                'id_ok' => $s->worker_id >= 1];
    if (strlen($data) == 70000)
        return 'long';
    if (strlen($data) > 1000)
        return strlen($data);
    $s->finish("finished:$data");
    if (@$s->finish('twice') !== false)
        $s->finish('finish() twice should fail');
});
$got = 0;
$server->on('finish', function ($s, $id, $data) use (&$got) {
    echo "onFinish $data\n";
    if (++$got == 2)
        $s->send(1, 'done');
});
$server->on('receive', function ($s, $fd, $rid, $data) use (&$got) {
    var_dump($s->taskwait(['n' => 41]));
    var_dump($s->taskwait(str_repeat('a', 1 << 20), 5));
    var_dump($s->taskwait('slow', 0.1, 0));
    var_dump($s->finish('x'));
    var_dump($s->taskWaitMulti(['b' => [ 'n' => 1 ], 7 => str_repeat('b', 70000)], 5));
    $file = tempnam(sys_get_temp_dir(), 'swtask');
    file_put_contents($file, '0123456789');
    var_dump($s->sendfile($fd, $file, 2, 3));
    unlink($file);
    $s->task('one', 1, function ($s, $id, $data) use (&$got) {
        echo "callback $data\n";
        if (++$got == 2)
            $s->send(1, 'done');
    });
    $s->task('two', 1);  /* same task worker: its result comes after the first one */
});
$server->on('close', function ($s) { $s->shutdown(); });
var_dump($server->start());
echo sw_peer_end($peer);
?>
--EXPECTF--
array(4) {
  ["n"]=>
  int(42)
  ["taskworker"]=>
  bool(true)
  ["src"]=>
  int(0)
  ["id_ok"]=>
  bool(true)
}
int(1048576)
bool(false)

Warning: Swoole\Server::finish(): finish() can only be used in onTask of a task worker in %s on line %d
bool(false)
array(2) {
  ["b"]=>
  array(4) {
    ["n"]=>
    int(2)
    ["taskworker"]=>
    bool(true)
    ["src"]=>
    int(0)
    ["id_ok"]=>
    bool(true)
  }
  [7]=>
  string(4) "long"
}
bool(true)
callback finished:one
onFinish finished:two
bool(true)
b'234done'
