--TEST--
Swoole\Server: send() twice then close() delivers both before the FIN (onClose once); send() then shutdown() from the handler still delivers
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
port = int(sys.argv[1])
def all_of(a):
    d = b''
    while True:
        try:
            c = a.recv(65536)
        except ConnectionResetError:
            return d + b' [reset]'
        if not c:
            return d + b' [eof]'
        d += c
a = conn(port)
a.sendall(b'close')
print('close:', all_of(a))
a = conn(port)
a.sendall(b'shutdown')
print('shutdown:', all_of(a))
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    if ($data === 'close') {
        var_dump($s->send($fd, 'one,'), $s->send($fd, 'two'), $s->close($fd));
    } else {
        $s->send($fd, 'last words');
        $s->shutdown();
    }
});
$server->on('close', function ($s, $fd) { echo "onClose $fd\n"; });
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
onClose 1
bool(true)
bool(true)
bool(true)
close: b'one,two [eof]'
shutdown: b'last words [eof]'
