--TEST--
Swoole\Server: SWOOLE_SSL with ssl_verify_peer: a client certificate signed by ssl_client_cert_file is accepted (getClientInfo ssl_client_cert), none or a foreign one is refused without onConnect/onClose
--SKIPIF--
<?php
foreach (['python3', 'openssl'] as $cmd)
    if (!shell_exec("command -v $cmd")) die("skip $cmd not available");
if (!function_exists('openssl_x509_parse')) die('skip the openssl extension is not available');
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
require __DIR__ . '/../include/ssl.inc';

$dir = sw_ssl_certs();
$port = 23120;
$server = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE, SWOOLE_SOCK_TCP | SWOOLE_SSL);
$server->set([
    'ssl_cert_file' => "$dir/server.crt", 'ssl_key_file' => "$dir/server.key",
    'ssl_verify_peer' => true, 'ssl_client_cert_file' => "$dir/ca.crt", 'ssl_verify_depth' => 5,
    'log_level' => SWOOLE_LOG_WARNING,  /* the refused clients are NOTICEs */
]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $port, $dir) {
    $peer = sw_peer_start(SW_PY . SW_PY_SSL . <<<'PY'
port, d = int(sys.argv[1]), sys.argv[2]
def attempt(name, cert):
    try:
        a = tls(port, d, cert)
        a.sendall(b'hi ' + name.encode())  # TLS 1.3: the server checks the certificate after our handshake ends
        print(name, readn(a, 64))
        a.close()
    except (ssl.SSLError, ConnectionResetError, BrokenPipeError) as e:
        print(name, 'refused')
attempt('none', None)
attempt('rogue', 'rogue')
attempt('good', 'client')
PY, [$port, $dir]);
});
$server->on('connect', function ($s, $fd) use ($dir) {
    $cert = $s->getClientInfo($fd)['ssl_client_cert'] ?? '';
    $x = openssl_x509_parse($cert);
    echo "connect $fd: ", $x ? $x['subject']['CN'] : 'no certificate', "\n";
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    $s->send($fd, "ok $data");
    $s->close($fd);
});
$server->on('close', function ($s, $fd) {
    echo "close $fd\n";
    $st = $s->stats();
    echo "accepted {$st['accept_count']}\n";
    $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
connect 3: swoole-test-client
close 3
accepted 3
none refused
rogue refused
good b'ok hi good'
