--TEST--
Swoole\Server: BASE mode TCP echo with Connect/Receive/Close, getClientInfo, stats, shutdown from a callback
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
var_dump($server->port > 0, $server->mode === SWOOLE_BASE, count($server->ports));
$peer = null;
$server->on('start', function ($s) { echo "start\n"; });
$server->on('workerStart', function ($s, $id) use (&$peer) {
    echo "worker $id, worker_id prop {$s->worker_id}\n";
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]))
a.sendall(b'hello')
print(readn(a, 10))
a.sendall(b'info')
print(readn(a, 4))
a.close()
PY, [$s->port]);
});
$server->on('connect', function ($s, $fd, $rid) {
    echo "connect $fd (", count($s->connections), " open)\n";
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    if ($data === 'info') {
        $i = $s->getClientInfo($fd);
        var_dump($i['remote_ip'], $i['server_port'] === $s->port, $s->exist($fd), $s->exist($fd + 100));
        $s->send($fd, 'done');
        return;
    }
    Co::sleep(0.01);  /* each callback runs in its own coroutine */
    $s->send($fd, "echo $data");
});
$server->on('close', function ($s, $fd) {
    echo "close $fd\n";
    $st = $s->stats();
    var_dump($st['accept_count'], $st['close_count'], $st['request_count']);
    $s->shutdown();
});
$server->on('workerStop', function ($s, $id) { echo "workerStop $id\n"; });
$server->on('shutdown', function ($s) { echo "shutdown\n"; });
var_dump($server->start());
echo sw_peer_end($peer);
var_dump($server->send(1, 'x'));
?>
--EXPECTF--
bool(true)
bool(true)
int(1)
start
worker 0, worker_id prop 0
connect 1 (1 open)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(false)
close 1
int(1)
int(1)
int(2)
workerStop 0
shutdown
bool(true)
b'echo hello'
b'done'

Warning: Swoole\Server::send(): server is not running in %s on line %d
bool(false)
