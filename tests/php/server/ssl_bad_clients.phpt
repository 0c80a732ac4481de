--TEST--
Swoole\Server: SWOOLE_SSL port: a plaintext client is closed (one NOTICE), clients leaving mid-handshake are dropped quietly, neither gets onConnect/onClose, the server goes on
--SKIPIF--
<?php
foreach (['python3', 'openssl'] as $cmd)
    if (!shell_exec("command -v $cmd")) die("skip $cmd not available");
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
require __DIR__ . '/../include/ssl.inc';

$dir = sw_ssl_certs();
$port = 23130;
$server = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE, SWOOLE_SOCK_TCP | SWOOLE_SSL);
$server->set(['ssl_cert_file' => "$dir/server.crt", 'ssl_key_file' => "$dir/server.key"]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $port, $dir) {
    $peer = sw_peer_start(SW_PY . SW_PY_SSL . <<<'PY'
port, d = int(sys.argv[1]), sys.argv[2]
def drain(s):
    try:
        while s.recv(4096):
            pass
        return 'closed'
    except ConnectionResetError:  # the server closed with our request unread
        return 'closed'
p = conn(port)
p.sendall(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
print('plaintext:', drain(p))
# gone before saying anything, gone in the middle of a ClientHello, reset after one
conn(port).close()
h = conn(port)
h.sendall(b'\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03')
h.close()
r = conn(port)
r.sendall(b'\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03')
time.sleep(0.1)
r.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
r.close()
time.sleep(0.2)
a = tls(port, d)
a.sendall(b'still here?')
print(readn(a, 16))
a.close()
PY, [$port, $dir]);
});
$server->on('connect', function ($s, $fd) { echo "connect $fd\n"; });
$server->on('receive', function ($s, $fd, $rid, $data) { $s->send($fd, "yes: $data"); });
$server->on('close', function ($s, $fd) {
    echo "close $fd\n";
    $st = $s->stats();
    echo "accept_count {$st['accept_count']}, connections ", count($s->connections), "\n";
    $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECTF--
[NOTICE] Server: bad SSL client[127.0.0.1:%d]: %s
connect 5
close 5
accept_count 5, connections 0
plaintext: closed
b'yes: still here?'
