--TEST--
Swoole\Server: SWOOLE_SSL port: echo with Coroutine\Client (SSL, verified), python ssl, openssl s_client and curl; onConnect after the handshake
--SKIPIF--
<?php
foreach (['python3', 'openssl', 'curl'] as $cmd)
    if (!shell_exec("command -v $cmd")) die("skip $cmd not available");
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
require __DIR__ . '/../include/ssl.inc';

$dir = sw_ssl_certs();
$port = 23100;
$server = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE, SWOOLE_SOCK_TCP | SWOOLE_SSL);
var_dump($server->set(['ssl_cert_file' => "$dir/server.crt", 'ssl_key_file' => "$dir/server.key"]));
$peer = null;
$closed = 0;
$server->on('workerStart', function ($s) use ($port, $dir) {
    $c = new Swoole\Coroutine\Client(SWOOLE_SOCK_TCP | SWOOLE_SSL);
    $c->set(['ssl_verify_peer' => true, 'ssl_cafile' => "$dir/ca.crt", 'ssl_host_name' => 'localhost']);
    var_dump($c->connect('127.0.0.1', $port, 5));
    $c->send('co');
    $got = $c->recv(5);
    echo "co got: $got\n";
    $c->close();
});
$server->on('connect', function ($s, $fd) {
    $info = $s->getClientInfo($fd);
    echo "connect $fd ", isset($info['ssl_client_cert']) ? 'with' : 'without', " client cert\n";
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    if (str_starts_with($data, 'GET ')) {
        $s->send($fd, "HTTP/1.1 200 OK\r\nContent-Length: 12\r\nConnection: close\r\n\r\nhello curl\r\n");
        $s->close($fd);
        return;
    }
    $s->send($fd, "echo:$data");
    if (str_contains($data, 'bye'))
        $s->close($fd);
});
$server->on('close', function ($s, $fd) use (&$peer, &$closed, $port, $dir) {
    echo "close $fd\n";
    if (++$closed == 1) {
        $peer = sw_peer_start(SW_PY . SW_PY_SSL . <<<'PY'
port, d = int(sys.argv[1]), sys.argv[2]
a = tls(port, d)
print(a.version() in ('TLSv1.2', 'TLSv1.3'))
a.sendall(b'hello')
print(readn(a, 10))
a.close()
r = subprocess.run(['openssl', 's_client', '-connect', '127.0.0.1:%d' % port, '-quiet',
                    '-verify_return_error', '-CAfile', d + '/ca.crt', '-servername', 'localhost'],
                   input=b's_client bye\n', capture_output=True, timeout=30)
print(r.returncode, r.stdout)
r = subprocess.run(['curl', '-sS', '--cacert', d + '/ca.crt', '--resolve',
                    'localhost:%d:127.0.0.1' % port, 'https://localhost:%d/' % port],
                   capture_output=True, timeout=30)
print(r.returncode, r.stdout, r.stderr)
PY, [$port, $dir]);
    }
    if ($closed == 4)
        $s->shutdown();
});
var_dump($server->start());
echo sw_peer_end($peer);
?>
--EXPECT--
bool(true)
bool(true)
connect 1 without client cert
co got: echo:co
close 1
connect 2 without client cert
close 2
connect 3 without client cert
close 3
connect 4 without client cert
close 4
bool(true)
True
b'echo:hello'
0 b'echo:s_client bye\n'
0 b'hello curl\r\n' b''
