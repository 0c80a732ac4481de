--TEST--
Swoole\Server: buffer_output_size limit, BufferFull then BufferEmpty, all queued data delivered
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['buffer_output_size' => 128 * 1024]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = socket.socket()
a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
a.settimeout(30)
a.connect(('127.0.0.1', int(sys.argv[1])))
a.sendall(b'fill')
time.sleep(0.5)
data = b''
while not data.endswith(b'END'):
    c = a.recv(65536)
    if not c:
        break
    data += c
body, total = data[:-3].rsplit(b':', 1)
print('got', len(body) == int(total), set(body[:-1]) == {ord('x')})
a.close()
PY, [$s->port]);
});
$sent = 0;
$server->on('receive', function ($s, $fd, $rid, $data) use (&$sent) {
    $chunk = str_repeat('x', 32 * 1024);
    while ($s->send($fd, $chunk))
        $sent += strlen($chunk);
    var_dump($s->getLastError() === SWOOLE_ERROR_OUTPUT_BUFFER_OVERFLOW, SWOOLE_ERROR_OUTPUT_BUFFER_OVERFLOW);
});
$server->on('bufferFull', function ($s, $fd) { echo "full $fd\n"; });
$server->on('bufferEmpty', function ($s, $fd) use (&$sent) {
    echo "empty $fd\n";
    $s->send($fd, ":{$sent}END");
});
$server->on('close', function ($s, $fd) { $s->shutdown(); });
$server->start();
echo sw_peer_end($peer);
?>
--EXPECTF--
full 1

Warning: Swoole\Server::send(): output buffer of session#1 is full (buffer_output_size=131072) in %s on line %d
bool(true)
int(1009)
empty 1
got True True
