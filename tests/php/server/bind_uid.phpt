--TEST--
Swoole\Server: bind($fd, $uid) — shown by getClientInfo()['uid'], a connection is bound once, bad uid or session
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
b = conn(int(sys.argv[1]))
a.sendall(b'a')
print(a.recv(10))
b.sendall(b'b')
print(b.recv(10))
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    if ($data === 'a') {
        var_dump(isset($s->getClientInfo($fd)['uid']));
        var_dump($s->bind($fd, 0), $s->bind($fd, 42), $s->bind($fd, 42), $s->bind($fd, 7));
        var_dump($s->getClientInfo($fd)['uid']);
        var_dump($s->bind(999, 1), $s->getLastError() === SWOOLE_ERROR_SESSION_NOT_EXIST);
    } else {
        var_dump($s->bind($fd, 42), $s->getClientInfo($fd)['uid'], $s->getClientInfo(1)['uid']);
        $s->close(1);
    }
    $s->send($fd, "ok $data");
});
$server->on('close', function ($s, $fd) {
    if ($fd == 1)
        var_dump($s->getClientInfo(2)['uid']);
    else
        $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECTF--
bool(false)

Warning: Swoole\Server::bind(): uid must be 1 to 4294967295 in %s on line %d
bool(false)
bool(true)
bool(true)
bool(false)
int(42)
bool(false)
bool(true)
bool(true)
int(42)
int(42)
int(42)
b'ok a'
b'ok b'
