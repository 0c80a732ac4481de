--TEST--
Swoole\Http\Server: malformed multipart bodies (no boundary, truncated, bad part headers, bad delimiter line, too many parts) get 400 and a close, an oversized body 413, a connection lost mid-upload: no temp file is left
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$dir = sys_get_temp_dir() . '/sw_upload_bad_' . getmypid();
@mkdir($dir);

$server = new Swoole\Http\Server('127.0.0.1', 0);
$server->set(['upload_tmp_dir' => $dir, 'package_max_length' => 1 << 20]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
port = int(sys.argv[1])
def req(body, ct='multipart/form-data; boundary=B', cl=None, close=False):
    s = conn(port)
    head = 'POST /up HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n' % (
        ct, len(body) if cl is None else cl)
    s.sendall(head.encode() + body)
    if close:
        s.close()
        return
    r = b''
    while True:
        try:
            c = s.recv(65536)
        except ConnectionResetError:
            break
        if not c:
            break
        r += c
    s.close()
    print(r.split(b'\r\n')[0].decode(), 'closed')
filepart = b'--B\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\n' + b'x' * 5000
req(b'--B--\r\n', ct='multipart/form-data')
req(b'--B--\r\n', ct='multipart/form-data; boundary=')
req(filepart)
req(filepart + b'\r\n--B')
req(b'--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--\r\n')
req(b'--B\r\nContent-Disposition: form-data; name="a"\r\nbad header\r\n\r\nx\r\n--B--\r\n')
req(b'--B\r\nContent-Disposition: form-data; filename="a"\r\n\r\nx\r\n--B--\r\n')
req(filepart + b'\r\n--Bxx\r\n')
req(b''.join(b'--B\r\nContent-Disposition: form-data; name="p[]"\r\n\r\nv\r\n' for i in range(1001)) + b'--B--\r\n')
req(b'', cl=(1 << 20) + 1)
req(filepart, cl=len(filepart) + 100, close=True)
time.sleep(0.5)
s = conn(port)
body = b'--B\r\nContent-Disposition: form-data; name="p[]"\r\n\r\nv\r\n' * 1000 + b'--B--\r\n'
s.sendall(b'POST /last HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: %d\r\nConnection: close\r\n\r\n' % len(body) + body)
print(readn(s, 4096).split(b'\r\n')[0].decode())
PY, [$s->port]);
});
$server->on('request', function ($req, $resp) use ($dir) {
    global $server;
    echo $req->server['request_uri'], ' ', count($req->post['p']), "\n";
    var_dump(scandir($dir));
    $resp->end('ok');
    $server->shutdown();
});
$server->start();
echo sw_peer_end($peer);
rmdir($dir);
?>
--EXPECT--
/last 1000
array(2) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
}
HTTP/1.1 400 Bad Request closed
HTTP/1.1 400 Bad Request closed
HTTP/1.1 400 Bad Request closed
HTTP/1.1 400 Bad Request closed
HTTP/1.1 400 Bad Request closed
HTTP/1.1 400 Bad Request closed
HTTP/1.1 400 Bad Request closed
HTTP/1.1 400 Bad Request closed
HTTP/1.1 400 Bad Request closed
HTTP/1.1 413 Content Too Large closed
HTTP/1.1 200 OK
