--TEST--
Swoole\Server: SWOOLE_SSL port: 1 MB each way (partial TLS writes to a slow reader, records read in a loop)
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
$port = 23110;
$server = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE, SWOOLE_SOCK_TCP | SWOOLE_SSL);
$server->set([
    'ssl_cert_file' => "$dir/server.crt", 'ssl_key_file' => "$dir/server.key",
    /* a 4-byte length header then the body: one onReceive for the whole megabyte */
    'open_length_check' => true, 'package_length_type' => 'N', 'package_length_offset' => 0,
    'package_body_offset' => 4, 'package_max_length' => 4 * 1024 * 1024,
    'socket_buffer_size' => 65536,
]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $port, $dir) {
    $peer = sw_peer_start(SW_PY . SW_PY_SSL . <<<'PY'
import hashlib
port, d = int(sys.argv[1]), sys.argv[2]
a = tls(port, d)
body = bytes(i * 7 % 251 for i in range(1 << 20))
a.sendall(struct.pack('>I', len(body)) + body)
time.sleep(0.5)  # let the server's output queue fill up before reading
got = readn(a, (1 << 20) + 8)
print(len(got), hashlib.md5(got[:1 << 20]).hexdigest() == hashlib.md5(body[::-1]).hexdigest(), got[1 << 20:])
a.close()
PY, [$port, $dir]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    $body = substr($data, 4);
    echo "received ", strlen($body), " bytes, md5 ", md5($body) === md5(implode(array_map(fn($i) => chr($i * 7 % 251), range(0, (1 << 20) - 1)))) ? 'ok' : 'bad', "\n";
    var_dump($s->send($fd, strrev($body)));
    var_dump($s->send($fd, 'the end.'));
    echo "queued ", $s->getClientInfo($fd)['send_queued_bytes'] > 0 ? 'some' : 'none', "\n";
});
$server->on('close', function ($s, $fd) {
    echo "close $fd\n";
    $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
received 1048576 bytes, md5 ok
bool(true)
bool(true)
queued some
close 1
1048584 True b'the end.'
