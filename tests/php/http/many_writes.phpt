--TEST--
Swoole\Http\Server: 1000 small write() calls arrive whole and in order (keep-alive, then on a "Connection: close" request), and two pipelined requests get their answers in order
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$s = new Swoole\Http\Server('127.0.0.1', 0);
$s->set(['worker_num' => 1]);
$peer = null;
$s->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
def dechunk(body):
    out = b''
    while True:
        n, _, body = body.partition(b'\r\n')
        n = int(n, 16)
        if n == 0:
            return out, body == b'\r\n'
        out += body[:n]
        body = body[n + 2:]
def read_response(a, buf):
    while b'\r\n0\r\n\r\n' not in buf:
        c = a.recv(65536)
        if not c:
            break
        buf += c
    end = buf.index(b'\r\n0\r\n\r\n') + 7
    return buf[:end], buf[end:]
want = b''.join(b'%04d,' % i for i in range(1000))
a = conn(int(sys.argv[1]))
a.sendall(b'GET /w HTTP/1.1\r\nHost: x\r\n\r\n')
r, rest = read_response(a, b'')
head, _, body = r.partition(b'\r\n\r\n')
got, ok = dechunk(body)
print('keep-alive', head.split(b'\r\n')[0], got == want, ok, rest)
a.sendall(b'GET /w HTTP/1.1\r\nHost: x\r\n\r\nGET /w HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
data = rest
while True:
    c = a.recv(65536)
    if not c:
        break
    data += c
r1, rest = read_response(a, data)
print('pipelined 1', dechunk(r1.partition(b'\r\n\r\n')[2])[0] == want)
head, _, body = rest.partition(b'\r\n\r\n')
got, ok = dechunk(body)
print('pipelined 2', b'Connection: close' in head, got == want, ok, '[closed]')
a.close()
PY, [$s->port]);
});
$n = 0;
$s->on('request', function ($req, $resp) use (&$n) {
    $s = $GLOBALS['s'];
    $ok = true;
    for ($i = 0; $i < 1000; $i++)
        $ok = $resp->write(sprintf('%04d,', $i)) && $ok;
    $resp->end();
    echo "request ", ++$n, " ", $ok ? "all written" : "a write failed", "\n";
    if ($n === 3)
        $s->shutdown();
});
$s->start();
echo sw_peer_end($peer);
?>
--EXPECT--
request 1 all written
request 2 all written
request 3 all written
keep-alive b'HTTP/1.1 200 OK' True True b''
pipelined 1 True
pipelined 2 True True True [closed]
