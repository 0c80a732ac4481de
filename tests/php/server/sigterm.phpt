--TEST--
Swoole\Server: SIGTERM ends a single-process server gracefully (WorkerStop, Shutdown); pid_file; port connections iterator
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$port2 = $server->addListener('127.0.0.1', 0, SWOOLE_SOCK_TCP);
$pidFile = sys_get_temp_dir() . '/sw_sigterm_' . getmypid() . '.pid';
$server->set(['pid_file' => $pidFile]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $port2, $pidFile) {
    var_dump(file_get_contents($pidFile) === (string)getmypid());
    var_dump($s->getWorkerPid() === getmypid(), $s->getManagerPid(), $s->getMasterPid() === getmypid());
    Swoole\Timer::tick(100, function () {});  /* ended by the shutdown, not left running */
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]))
b = conn(int(sys.argv[2]))
c = conn(int(sys.argv[2]))
c.sendall(b'count')
print(readn(c, 3))
os.kill(int(sys.argv[3]), 15)
print('closed by shutdown:', wait_closed(a), wait_closed(b), wait_closed(c))
PY, [$s->port, $port2->port, getmypid()]);
});
$server->on('receive', function ($s, $fd, $rid, $data) use ($port2) {
    $s->send($fd, count($s->connections) . ':' . count($port2->connections));
});
$server->on('close', function ($s, $fd) { echo "close $fd\n"; });
$server->on('workerStop', function ($s, $id) { echo "workerStop $id\n"; });
$server->on('shutdown', function ($s) { echo "shutdown\n"; });
var_dump($server->start());
var_dump(file_exists($pidFile));
echo sw_peer_end($peer);
?>
--EXPECT--
bool(true)
bool(true)
int(0)
bool(true)
workerStop 0
shutdown
bool(true)
bool(false)
b'3:2'
closed by shutdown: True True True
