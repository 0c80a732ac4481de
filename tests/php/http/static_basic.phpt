--TEST--
Swoole\Http\Server: static handler — files under document_root, MIME types, HEAD, index files, misses go to onRequest, pipelining
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v curl')) die('skip python3 or curl not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$root = sys_get_temp_dir() . '/sw_static_basic_' . getmypid();
@mkdir("$root/idx", 0777, true);
@mkdir("$root/noidx");
file_put_contents("$root/a.txt", "hello\n");
file_put_contents("$root/s.css", "b{}");
file_put_contents("$root/p.PNG", "png");
file_put_contents("$root/d.json", "{}");
file_put_contents("$root/x.unknownext", "x");
file_put_contents("$root/noext", "n");
file_put_contents("$root/idx/index.html", "<p>index</p>");
file_put_contents("$root/idx/default.htm", "<p>default</p>");
file_put_contents("$root/sp ace.txt", "space");
touch("$root/a.txt", 1000000000);

$s = new Swoole\Http\Server('127.0.0.1', 0);
$s->set(['worker_num' => 1, 'enable_static_handler' => true, 'document_root' => $root,
         'http_index_files' => ['missing.html', 'index.html', 'default.htm']]);
$peer = null;
$s->on('workerStart', function ($s) use (&$peer, $root) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import subprocess
port = int(sys.argv[1])
base = 'http://127.0.0.1:%d' % port
def curl(*a):
    return subprocess.run(['curl', '-s', '-S', '--max-time', '20'] + list(a), capture_output=True).stdout.decode()
def show(path, *a):
    out = curl('-i', *a, base + path)
    head, _, body = out.partition('\r\n\r\n')
    lines = head.split('\r\n')
    keep = [l for l in lines[1:] if l.split(':')[0].lower() in ('content-type', 'content-length', 'last-modified', 'etag', 'accept-ranges')]
    print(path, a, lines[0], sorted(keep), repr(body))
show('/a.txt')
show('/a.txt', '-I')
show('/s.css')
show('/p.PNG')
show('/d.json')
show('/x.unknownext')
show('/noext')
show('/sp%20ace.txt')
show('/idx/')
show('/idx')
show('/noidx/')
show('/missing.txt')
show('/a.txt', '-X', 'POST')
show('/a.txt?query=1')
s = conn(port)
s.sendall(b'GET /a.txt HTTP/1.1\r\nHost: x\r\n\r\nGET /nothing HTTP/1.1\r\nHost: x\r\n\r\nGET /s.css HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
data = b''
while True:
    c = s.recv(65536)
    if not c:
        break
    data += c
print([l for l in data.decode().replace('\r\n', '\n').split('\n') if l.startswith('HTTP/') or l in ('hello', 'b{}') or l.startswith('dynamic')])
curl(base + '/quit')
PY, [$s->port]);
});
$s->on('request', function ($req, $resp) {
    $resp->end("dynamic {$req->server['request_method']} {$req->server['request_uri']}\n");
    if ($req->server['request_uri'] === '/quit')
        $GLOBALS['s']->shutdown();   /* not use ($s): that cycle leaks the server */
});
$s->start();
echo sw_peer_end($peer);
foreach (["idx/index.html", "idx/default.htm", "a.txt", "s.css", "p.PNG", "d.json", "x.unknownext", "noext", "sp ace.txt"] as $f)
    unlink("$root/$f");
rmdir("$root/idx");
rmdir("$root/noidx");
rmdir($root);
?>
--EXPECTF--
/a.txt () HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 6', 'Content-Type: text/plain', 'ETag: "3b9aca00-6"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] 'hello\n'
/a.txt ('-I',) HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 6', 'Content-Type: text/plain', 'ETag: "3b9aca00-6"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] ''
/s.css () HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 3', 'Content-Type: text/css', 'ETag: "%x-3"', 'Last-Modified: %s'] 'b{}'
/p.PNG () HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 3', 'Content-Type: image/png', 'ETag: "%x-3"', 'Last-Modified: %s'] 'png'
/d.json () HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 2', 'Content-Type: application/json', 'ETag: "%x-2"', 'Last-Modified: %s'] '{}'
/x.unknownext () HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 1', 'Content-Type: application/octet-stream', 'ETag: "%x-1"', 'Last-Modified: %s'] 'x'
/noext () HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 1', 'Content-Type: application/octet-stream', 'ETag: "%x-1"', 'Last-Modified: %s'] 'n'
/sp%20ace.txt () HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 5', 'Content-Type: text/plain', 'ETag: "%x-5"', 'Last-Modified: %s'] 'space'
/idx/ () HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 12', 'Content-Type: text/html', 'ETag: "%x-c"', 'Last-Modified: %s'] '<p>index</p>'
/idx () HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 12', 'Content-Type: text/html', 'ETag: "%x-c"', 'Last-Modified: %s'] '<p>index</p>'
/noidx/ () HTTP/1.1 200 OK ['Content-Length: 20', 'Content-Type: text/html'] 'dynamic GET /noidx/\n'
/missing.txt () HTTP/1.1 200 OK ['Content-Length: 25', 'Content-Type: text/html'] 'dynamic GET /missing.txt\n'
/a.txt ('-X', 'POST') HTTP/1.1 200 OK ['Content-Length: 20', 'Content-Type: text/html'] 'dynamic POST /a.txt\n'
/a.txt?query=1 () HTTP/1.1 200 OK ['Accept-Ranges: bytes', 'Content-Length: 6', 'Content-Type: text/plain', 'ETag: "3b9aca00-6"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] 'hello\n'
['HTTP/1.1 200 OK', 'hello', 'HTTP/1.1 200 OK', 'dynamic GET /nothing', 'HTTP/1.1 200 OK', 'b{}']
