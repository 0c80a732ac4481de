--TEST--
Swoole\Server: SWOOLE_SSL on a listen() port next to a plain one: Port::set ssl_* settings, ssl_alpn_protocols (server's order wins, no common protocol: no ALPN), ssl_protocols limits the version
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
$server = new Swoole\Server('127.0.0.1', 23140);
$tls = $server->listen('127.0.0.1', 23141, SWOOLE_SOCK_TCP | SWOOLE_SSL);
$tls12 = $server->listen('127.0.0.1', 23142, SWOOLE_SOCK_TCP | SWOOLE_SSL);
/* the server's ssl_* settings are the defaults of every TLS port */
$server->set(['ssl_cert_file' => "$dir/server.crt", 'ssl_key_file' => "$dir/server.key"]);
$tls->set(['ssl_alpn_protocols' => 'h2,http/1.1']);
$tls12->set(['ssl_protocols' => 32 /* SWOOLE_SSL_TLSv1_2 */, 'ssl_ciphers' => 'ECDHE-ECDSA-AES128-GCM-SHA256',
             'ssl_prefer_server_ciphers' => true]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $dir) {
    $peer = sw_peer_start(SW_PY . SW_PY_SSL . <<<'PY'
d = sys.argv[1]
p = conn(23140)
p.sendall(b'plain')
print('plain', readn(p, 11))
p.close()
for offer in (['http/1.1', 'h2'], ['http/1.1'], ['spdy/1']):
    a = tls(23141, d, alpn=offer)
    a.sendall(b'alpn')
    print(offer, a.selected_alpn_protocol(), readn(a, 10))
    a.close()
a = tls(23142, d)
a.sendall(b'v12')
print(a.version(), a.cipher()[0], readn(a, 9))
a.close()
PY, [$dir]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    $port = $s->getClientInfo($fd)['server_port'];
    $s->send($fd, "$port:$data");
});
$n = 0;
$server->on('close', function ($s, $fd) use (&$n) {
    if (++$n == 5)
        $s->shutdown();
});
var_dump($server->start());
echo sw_peer_end($peer);
?>
--EXPECT--
bool(true)
plain b'23140:plain'
['http/1.1', 'h2'] h2 b'23141:alpn'
['http/1.1'] http/1.1 b'23141:alpn'
['spdy/1'] None b'23141:alpn'
TLSv1.2 ECDHE-ECDSA-AES128-GCM-SHA256 b'23142:v12'
