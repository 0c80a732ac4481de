--TEST--
plugin: the coroutine socket service (TCP and TLS: connect, write, read, timeouts, verification, ALPN)
--INI--
swoole.plugins[]=good
pcre.jit=0
--SKIPIF--
<?php if (!extension_loaded('openssl')) die('skip needs ext/openssl for the test server');
--FILE--
<?php
use Swoole\Test\Good;

$dir = sys_get_temp_dir() . '/swoole-plugin-socket-' . getmypid();
@mkdir($dir);
// A self-signed certificate for "localhost".
$key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
$cert = openssl_csr_sign(openssl_csr_new(['commonName' => 'localhost'], $key), null, $key, 1);
openssl_x509_export($cert, $pem);
openssl_pkey_export($key, $keypem);
file_put_contents("$dir/cert.pem", $pem . $keypem);
file_put_contents("$dir/ca.pem", $pem);

// The server: one process per mode, serving `count` connections, printing its port first.
file_put_contents("$dir/server.php", <<<'PHP'
<?php
[, $mode, $count, $cert] = $argv;
$ctx = stream_context_create(['ssl' => ['local_cert' => $cert, 'alpn_protocols' => 'h2,http/1.1']]);
$srv = stream_socket_server(($mode === 'tls' ? 'tls' : 'tcp') . '://127.0.0.1:0', $no, $str,
    STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
echo parse_url('tcp://' . stream_socket_get_name($srv, false), PHP_URL_PORT), "\n";
fflush(STDOUT);
for ($i = 0; $i < $count; $i++) {
    $c = @stream_socket_accept($srv, 10);
    if (!$c) continue;                       // a refused TLS handshake
    $line = fgets($c);
    if ($mode !== 'silent') fwrite($c, strrev(rtrim((string)$line)) . "\n");
    else while (!feof($c) && fread($c, 100) !== '');   // says nothing until the client leaves
    fclose($c);
}
PHP);
function server(string $dir, string $mode, int $count) {
    $p = proc_open([PHP_BINARY, '-n', "$dir/server.php", $mode, $count, "$dir/cert.pem"],
                   [1 => ['pipe', 'w']], $pipes);
    return [$p, (int)fgets($pipes[1]), $pipes];
}
function show(string $what, array $r) {
    echo $what, ": ", json_encode($r['data']), " error ", $r['error'],
        $r['message'] !== '' ? " ({$r['message']})" : '', $r['alpn'] ? " alpn {$r['alpn']}" : '', "\n";
}

[$tcp, $tcpPort] = server($dir, 'tcp', 1);
[$silent, $silentPort] = server($dir, 'silent', 1);
[$tls, $tlsPort] = server($dir, 'tls', 5);
$closed = stream_socket_server('tcp://127.0.0.1:0');
$closedPort = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);

$r = Good::request('127.0.0.1', $tcpPort, "hello\n", 5);
echo "outside a coroutine: error ", $r['error'], "\n";

Co\run(function () use ($tcpPort, $silentPort, $tlsPort, $closedPort, $dir) {
    show('tcp', Good::request('127.0.0.1', $tcpPort, "hello\n", 5));
    $r = Good::request('127.0.0.1', $closedPort, "x\n", 5);
    echo "refused: error ", $r['error'], "\n";
    $t = microtime(true);
    $r = Good::request('127.0.0.1', $silentPort, "x\n", 0.2);
    echo "silent peer: error ", $r['error'], ", waited ", microtime(true) - $t >= 0.15 ? "the timeout" : "too little", "\n";
    $r = Good::request('no-such-host.invalid', 80, "x\n", 5);
    echo "bad name: error ", $r['error'], "\n";
    show('tls, no verification', Good::request('127.0.0.1', $tlsPort, "secure\n", 5, []));
    show('tls, verified', Good::request('127.0.0.1', $tlsPort, "checked\n", 5,
        ['verify' => true, 'name' => 'localhost', 'cafile' => "$dir/ca.pem", 'alpn' => 'http/1.1']));
    $r = Good::request('127.0.0.1', $tlsPort, "x\n", 5, ['verify' => true, 'name' => 'other.example', 'cafile' => "$dir/ca.pem"]);
    echo "wrong name: error ", $r['error'], " ", $r['message'], "\n";
    $r = Good::request('127.0.0.1', $tlsPort, "x\n", 5, ['verify' => true, 'name' => 'localhost']);
    echo "unknown CA: error ", $r['error'], " ", $r['message'], "\n";
    show('tls, h2 first', Good::request('127.0.0.1', $tlsPort, "alpn\n", 5, ['alpn' => 'h2,http/1.1']));
});
foreach ([$tcp, $silent, $tls] as $p) proc_close($p);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
outside a coroutine: error -10001
tcp: "olleh\n" error 0
refused: error -111
silent peer: error -10018, waited the timeout
bad name: error -711
tls, no verification: "eruces\n" error 0
tls, verified: "dekcehc\n" error 0 alpn http/1.1
wrong name: error -1014 certificate verify failed: hostname mismatch
unknown CA: error -1014 certificate verify failed: %s
tls, h2 first: "npla\n" error 0 alpn h2
