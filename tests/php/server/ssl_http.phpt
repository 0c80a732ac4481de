--TEST--
Swoole\Server: SWOOLE_SSL under the http plugin: Swoole\Http\Server over TLS with curl (keep-alive, a 300 KB POST), plain HTTP to the TLS port fails
--INI--
swoole.plugins[]=http
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
$port = 23160;
$server = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE, SWOOLE_SOCK_TCP | SWOOLE_SSL);
$server->set(['ssl_cert_file' => "$dir/server.crt", 'ssl_key_file' => "$dir/server.key",
              'log_level' => SWOOLE_LOG_WARNING, 'worker_num' => 1]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $port, $dir) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import subprocess
port, d = int(sys.argv[1]), sys.argv[2]
url = 'https://localhost:%d' % port
base = ['curl', '-sS', '--cacert', d + '/ca.crt', '--resolve', 'localhost:%d:127.0.0.1' % port]
r = subprocess.run(base + [url + '/a', url + '/b'], capture_output=True, timeout=30)
print(r.returncode, r.stdout)
body = bytes(b'0123456789abcdef' * (300 * 64))
r = subprocess.run(base + ['--data-binary', '@-', url + '/post'], input=body, capture_output=True, timeout=30)
print(r.returncode, r.stdout)
r = subprocess.run(['curl', '-sS', '-m', '10', 'http://127.0.0.1:%d/plain' % port], capture_output=True, timeout=30)
print(r.returncode != 0)
r = subprocess.run(base + [url + '/stop'], capture_output=True, timeout=30)
print(r.returncode, r.stdout)
PY, [$port, $dir]);
});
$conns = [];
/* the server is reached through $GLOBALS: a closure capturing it (use ($server)) is a cycle,
 * which PHP leaves unfreed at shutdown under valgrind (USE_ZEND_ALLOC=0), as it does for any
 * object a closure property of its own captures */
$server->on('request', function ($req, $resp) use (&$conns) {
    $conns[$req->fd] = true;
    $uri = $req->server['request_uri'];
    if ($uri === '/post') {
        $body = $req->rawContent();
        $resp->end(strlen($body) . ' ' . md5($body) . "\n");
        return;
    }
    $resp->end("tls $uri\n");
    if ($uri === '/stop') {
        echo count($conns), " connections served\n";
        $GLOBALS['server']->shutdown();
    }
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECTF--
3 connections served
0 b'tls /a\ntls /b\n'
0 b'307200 b3932a46297f5787bb0a559347eea966\n'
True
0 b'tls /stop\n'
