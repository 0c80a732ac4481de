--TEST--
Swoole\Coroutine\Http\Server: misuse and bad arguments, 404 without a handler, set() (keepalive, compression), shutdown() of idle keep-alive connections
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

function peer(array $cmd): string
{
    $p = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    fclose($pipes[0]);
    stream_set_blocking($pipes[1], false);
    stream_set_blocking($pipes[2], false);
    $out = '';
    while (!feof($pipes[1]) || !feof($pipes[2])) {
        Co::sleep(0.01);
        $out .= fread($pipes[1], 65536) . fread($pipes[2], 65536);
    }
    proc_close($p);
    return $out;
}

foreach ([['not an address', 0, false], ['127.0.0.1', 70000, false], ['127.0.0.1', 0, true]] as [$h, $p, $ssl]) {
    try {
        new Swoole\Coroutine\Http\Server($h, $p, $ssl);
    } catch (Swoole\Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$a = new Swoole\Coroutine\Http\Server('127.0.0.1', 23730);
try {
    new Swoole\Coroutine\Http\Server('127.0.0.1', 23730);
} catch (Swoole\Exception $e) {
    echo $e->getCode() == 98 ? "EADDRINUSE\n" : $e->getMessage() . "\n";
}
$r = new Swoole\Coroutine\Http\Server('127.0.0.1', 23731, false, true);
$r2 = new Swoole\Coroutine\Http\Server('127.0.0.1', 23731, false, true);
echo "reuse_port: ", $r->port, ' ', $r2->port, "\n";
unset($r, $r2);
try {
    $a->start();
} catch (Swoole\Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $a->handle('/', 'no such function');
} catch (TypeError $e) {
    echo get_class($e), "\n";
}
$a->shutdown();   /* not started: closes the listener */
var_dump($a->fd);
Co\run(function () use ($a) {
    var_dump($a->start());
});

$py = SW_PY . <<<'PY'
port = int(sys.argv[1])
s = conn(port)
s.sendall(b'GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n')
h = s.recv(4096).decode()
print(h.split('\r\n')[0], '|', 'Connection: close' in h, '|', h.split('\r\n\r\n')[1].strip(), '|', wait_closed(s))
s = conn(port)
s.sendall(b'GET /api/plain HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n')
h = s.recv(65536).decode()
print(h.split('\r\n')[0], '|', 'Content-Encoding' in h, '|', 'Connection: close' in h, '|', len(h.split('\r\n\r\n')[1]), '|', wait_closed(s))
s = conn(port)
s.sendall(b'GET /api/stop HTTP/1.1\r\nHost: x\r\n\r\n')
h = s.recv(4096).decode()
print(h.split('\r\n\r\n')[1], '| idle connection closed by shutdown:', wait_closed(idle))
PY;
$py = str_replace("port = int(sys.argv[1])\n", "port = int(sys.argv[1])\nidle = conn(port)\n", $py);

Co\run(function () use ($py) {
    $s = new Swoole\Coroutine\Http\Server('::1', 0);
    var_dump($s->host, $s->port > 0);
    unset($s);
    $s = new Swoole\Coroutine\Http\Server('127.0.0.1', 23732);
    var_dump($s->set(['http_keepalive' => false, 'http_compression' => false]), $s->settings);
    $s->handle('/api', function ($req, $resp) use ($s) {
        if ($req->server['request_uri'] == '/api/stop') {
            $resp->end('stopped');
            $s->shutdown();
            return;
        }
        var_dump($resp->detach());
        $resp->end(str_repeat('plain text ', 50));
    });
    $out = null;
    go(function () use ($py, &$out) {
        $out = peer(['python3', '-c', $py, '23732']);
    });
    var_dump($s->start());
    while ($out === null)
        Co::sleep(0.01);
    echo $out;
});
echo "end\n";
?>
--EXPECTF--
Swoole\Exception: failed to listen on not an address:0: invalid address (an IPv4 or IPv6 address is expected)
Swoole\Exception: port 70000 is out of range 0..65535
Swoole\Exception: Coroutine\Http\Server: ssl is not supported yet
EADDRINUSE
reuse_port: 23731 23731
Swoole\Error: API must be called in the coroutine: Coroutine\Http\Server::start
TypeError
int(-1)

Warning: Swoole\Coroutine\Http\Server::start(): server is not listening (shut down, or its constructor failed) in %s on line %d
bool(false)
string(3) "::1"
bool(true)
bool(true)
array(2) {
  ["http_keepalive"]=>
  bool(false)
  ["http_compression"]=>
  bool(false)
}

Warning: Swoole\Http\Response::detach(): detach() is not supported by Coroutine\Http\Server in %s on line %d
bool(false)
bool(true)
HTTP/1.1 404 Not Found | True | Not Found | True
HTTP/1.1 200 OK | False | True | 550 | True
stopped | idle connection closed by shutdown: True
end
