--TEST--
Swoole\Server: open_length_check with split writes; a 100 MB length header closes only that connection
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new swoole_server('127.0.0.1', 0, SWOOLE_BASE, SWOOLE_SOCK_TCP);
var_dump($server->set([
    'open_length_check' => true,
    'package_length_type' => 'N',
    'package_length_offset' => 0,
    'package_body_offset' => 4,
    'package_max_length' => 1024 * 1024,
]));
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
port = int(sys.argv[1])
a = conn(port)
b = conn(port)
# header split over two writes, then a body and a whole second packet in one write
a.sendall(b'\x00\x00'); time.sleep(0.05)
a.sendall(b'\x00\x05'); time.sleep(0.05)
a.sendall(b'hello' + struct.pack('>I', 2) + b'hi')
print(readn(a, 7), readn(a, 4))
# b announces 100 MB: the server closes b only
b.sendall(struct.pack('>I', 100 * 1024 * 1024) + b'x' * 100)
print('b closed:', wait_closed(b))
a.sendall(struct.pack('>I', 3) + b'end')
print(readn(a, 5))
a.close()
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    $body = substr($data, 4);
    echo "fd $fd: ", strlen($data), " bytes, body '$body'\n";
    $s->send($fd, "<$body>");
});
$closed = 0;
$server->on('close', function ($s, $fd) use (&$closed) {
    echo "close $fd\n";
    if (++$closed == 2)
        $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECTF--
bool(true)
fd 1: 9 bytes, body 'hello'
fd 1: 6 bytes, body 'hi'
[WARNING] Server: package is too big (package_max_length=1048576, have %d bytes), closing session#2 from 127.0.0.1:%d
close 2
fd 1: 7 bytes, body 'end'
close 1
b'<hello>' b'<hi>'
b closed: True
b'<end>'
