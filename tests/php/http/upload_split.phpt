--TEST--
Swoole\Http\Server: a multipart request arriving split across many reads (head and body in small pieces with pauses, delimiters cut anywhere), then a pipelined request in the same write; a chunked multipart body
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$dir = sys_get_temp_dir() . '/sw_upload_split_' . getmypid();
@mkdir($dir);

$server = new Swoole\Http\Server('127.0.0.1', 0);
$server->set(['upload_tmp_dir' => $dir]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import hashlib
port = int(sys.argv[1])
data = b''.join(b'%d\r\n--b\r\n-' % i for i in range(300))
body = (b'preamble\r\n--bnd\r\nContent-Disposition: form-data; name="a[x]"\r\n\r\nA1\r\n'
        b'--bnd\r\nContent-Disposition: form-data; name="f"; filename="C:\\dir\\d.bin"\r\n'
        b'Content-Type: application/x-test\r\n\r\n' + data +
        b'\r\n--bnd\r\nContent-Disposition: form-data; name="a[y]"\r\n\r\n\r\n--bnd--\r\nepilogue')
head = (b'POST /split HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary="bnd"\r\n'
        b'Content-Length: %d\r\n\r\n' % len(body))
msg = head + body + b'GET /next HTTP/1.1\r\nHost: x\r\n\r\n'
s = conn(port)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
for i in range(0, len(msg), 7):
    s.sendall(msg[i:i + 7])
    time.sleep(0.002)
r = b''
while r.count(b'HTTP/1.1 200') < 2:
    c = s.recv(65536)
    if not c:
        break
    r += c
print(r.count(b'HTTP/1.1 200 OK'), r.endswith(b'next'))
# chunked multipart, split too
chunks = b''.join(b'%x\r\n%s\r\n' % (len(body[i:i + 50]), body[i:i + 50]) for i in range(0, len(body), 50)) + b'0\r\n\r\n'
msg = (b'POST /chunked HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=bnd\r\n'
       b'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n' + chunks)
s = conn(port)
for i in range(0, len(msg), 500):
    s.sendall(msg[i:i + 500])
    time.sleep(0.002)
print(readn(s, 4096).split(b'\r\n')[0].decode())
PY, [$s->port]);
});
$server->on('request', function ($req, $resp) use ($dir) {
    global $server;
    $uri = $req->server['request_uri'];
    echo "== $uri\n";
    if ($uri !== '/next') {
        $f = $req->files['f'];
        $data = '';
        for ($i = 0; $i < 300; $i++)
            $data .= "$i\r\n--b\r\n-";
        var_dump($req->post, $f['name'], $f['type'], $f['size'] === strlen($data),
                 md5_file($f['tmp_name']) === md5($data), $req->getContent());
        $resp->end('ok');
    } else {
        var_dump(scandir($dir), $req->post, $req->files);
        $resp->end('next');
    }
    if ($uri === '/chunked')
        $server->shutdown();
});
$server->start();
echo sw_peer_end($peer);
var_dump(scandir($dir));
rmdir($dir);
?>
--EXPECT--
== /split
array(1) {
  ["a"]=>
  array(2) {
    ["x"]=>
    string(2) "A1"
    ["y"]=>
    string(0) ""
  }
}
string(5) "d.bin"
string(18) "application/x-test"
bool(true)
bool(true)
bool(false)
== /next
array(2) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
}
NULL
NULL
== /chunked
array(1) {
  ["a"]=>
  array(2) {
    ["x"]=>
    string(2) "A1"
    ["y"]=>
    string(0) ""
  }
}
string(5) "d.bin"
string(18) "application/x-test"
bool(true)
bool(true)
bool(false)
2 True
HTTP/1.1 200 OK
array(2) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
}
