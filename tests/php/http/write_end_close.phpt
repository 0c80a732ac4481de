--TEST--
Swoole\Http\Server: write() of a small piece, then end() of a long one on a "Connection: close" request: the whole chunked body arrives before the close
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$s = new Swoole\Http\Server('127.0.0.1', 0);
$s->set(['worker_num' => 1]);
$peer = null;
$s->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]))
a.sendall(b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
data = b''
while True:
    c = a.recv(65536)
    if not c:
        break
    data += c
head, _, body = data.partition(b'\r\n\r\n')
print(head.split(b'\r\n')[0], b'chunked' in head.lower())
print('a' if body.startswith(b'1\r\na\r\n') else 'no a', body.count(b'z'), body.endswith(b'0\r\n\r\n'))
PY, [$s->port]);
});
$s->on('request', function ($req, $resp) {
    $s = $GLOBALS['s'];
    var_dump($resp->write('a'));
    var_dump($resp->end(str_repeat('z', 20000)));
    $s->shutdown();
});
$s->start();
echo sw_peer_end($peer);
?>
--EXPECT--
bool(true)
bool(true)
b'HTTP/1.1 200 OK' True
a 20000 True
