--TEST--
Swoole\Coroutine\Http\Server: handle() routing, keep-alive, pipelining order, deferred end, 400, compression, shutdown() ends start()
--INI--
swoole.plugins[]=http
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl is missing'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

/* Runs a peer process without blocking the loop and returns its output. */
function peer(array $cmd): string
{
    $p = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    fclose($pipes[0]);
    stream_set_blocking($pipes[1], false);
    stream_set_blocking($pipes[2], false);
    $out = $err = '';
    while (!feof($pipes[1]) || !feof($pipes[2])) {
        Co::sleep(0.01);
        $out .= fread($pipes[1], 65536);
        $err .= fread($pipes[2], 65536);
    }
    proc_close($p);
    return $out . $err;
}

$py = SW_PY . <<<'PY'
port = int(sys.argv[1])
def head_body(s):
    h = b''
    while b'\r\n\r\n' not in h:
        c = s.recv(1)
        if not c:
            return None
        h += c
    n = 0
    for l in h.split(b'\r\n'):
        if l.lower().startswith(b'content-length:'):
            n = int(l.split(b':')[1])
    return h.split(b'\r\n')[0].decode() + ' ' + readn(s, n).decode().strip()
s = conn(port)
s.sendall(b'GET /a/one HTTP/1.1\r\nHost: x\r\n\r\n')
print('keep-alive 1:', head_body(s))
s.sendall(b'POST /a/two HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello')
print('keep-alive 2:', head_body(s))
s.sendall(b'GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n'
          b'POST /a/chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n')
for i in range(3):
    print('pipelined', i, head_body(s))
s.sendall(b'GET /held HTTP/1.1\r\nHost: x\r\n\r\n')
print('held:', head_body(s))
s.sendall(b'GET /nothing-here HTTP/1.1\r\nHost: x\r\n\r\n')
s.close()
s = conn(port)
s.sendall(b'GET /a/x HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n')
print('malformed:', head_body(s), 'closed:', wait_closed(s))
PY;

Co\run(function () use ($py) {
    $s = new Co\Http\Server('127.0.0.1', 23720);
    var_dump(get_class($s), $s->port, $s->host, $s->fd > 0, $s->ssl);
    $s->handle('/a', function ($req, $resp) {
        $resp->end(sprintf('a %s %s %s', $req->getMethod(), $req->server['request_uri'],
                           $req->getContent() ?: '-'));
    });
    $s->handle('/a/x/', function ($req, $resp) { $resp->end('never: Host twice is a 400'); });
    $s->handle('/slow', function ($req, $resp) { Co::sleep(0.05); $resp->end('slow'); });
    $s->handle('/fast', function ($req, $resp) { $resp->end('fast'); });
    $s->handle('/held', function ($req, $resp) {
        go(function () use ($resp) { Co::sleep(0.02); $resp->end('ended by another coroutine'); });
    });
    $s->handle('/info', function ($req, $resp) use ($s) {
        $resp->header('Content-Type', 'text/plain');
        $resp->end(sprintf("%s %d %d %s\n", $req->server['remote_addr'],
                           $req->server['server_port'], $req->fd > 0, str_repeat('x', 100)));
    });
    $s->handle('/stop', function ($req, $resp) use ($s) { $resp->end('bye'); $s->shutdown(); });
    $s->handle('/', function ($req, $resp) { $resp->end('root ' . $req->server['request_uri']); });
    go(function () use ($py) {
        $u = 'http://127.0.0.1:23720';
        echo peer(['sh', '-c', "curl -s $u/ $u/zz $u/a $u/ab; echo; curl -s --compressed -D - $u/info | grep -i -E '^(content-encoding|vary)|x{100}'"]);
        echo peer(['python3', '-c', $py, '23720']);
        peer(['curl', '-s', "$u/stop"]);
    });
    var_dump($s->start(), $s->fd);
    echo "start() returned\n";
});
?>
--EXPECT--
string(28) "Swoole\Coroutine\Http\Server"
int(23720)
string(9) "127.0.0.1"
bool(true)
bool(false)
root /root /zza GET /a -a GET /ab -
Content-Encoding: gzip
Vary: Accept-Encoding
127.0.0.1 23720 1 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
keep-alive 1: HTTP/1.1 200 OK a GET /a/one -
keep-alive 2: HTTP/1.1 200 OK a POST /a/two hello
pipelined 0 HTTP/1.1 200 OK slow
pipelined 1 HTTP/1.1 200 OK fast
pipelined 2 HTTP/1.1 200 OK a POST /a/chunked abcde
held: HTTP/1.1 200 OK ended by another coroutine
malformed: HTTP/1.1 400 Bad Request Bad Request closed: True
bool(true)
int(-1)
start() returned
