--TEST--
Swoole\Server: send() then close($fd, true) from a handler: the peer reads the bytes, then the reset
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]))
a.sendall(b'go')
time.sleep(0.3)
try:
    print('got', readn(a, 3))
except ConnectionResetError:
    print('reset before any byte')
a.close()
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    var_dump($s->send($fd, 'bye'), $s->close($fd, true));
});
$server->on('close', function ($s, $fd) { echo "close\n"; $s->shutdown(); });
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
close
bool(true)
bool(true)
got b'bye'
