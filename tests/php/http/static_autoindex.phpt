--TEST--
Swoole\Http\Server: static handler — http_autoindex listing (names escaped), static_handler_locations (404 inside, onRequest outside)
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$root = sys_get_temp_dir() . '/sw_static_autoidx_' . getmypid();
@mkdir("$root/static/sub", 0777, true);
file_put_contents("$root/static/a&b <x>.txt", "amp");
file_put_contents("$root/static/\"q'.css", "q");
file_put_contents("$root/static/sub/in.txt", "in");
file_put_contents("$root/top.txt", "top");

$s = new Swoole\Http\Server('127.0.0.1', 0);
$s->set(['worker_num' => 1, 'enable_static_handler' => true, 'document_root' => $root,
         'http_autoindex' => true, 'static_handler_locations' => ['/static/', '/other']]);
$peer = null;
$s->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
port = int(sys.argv[1])
def get(path, method=b'GET'):
    s = conn(port)
    s.sendall(method + b' ' + path + b' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    data = b''
    while True:
        c = s.recv(65536)
        if not c:
            break
        data += c
    head, _, body = data.partition(b'\r\n\r\n')
    lines = head.split(b'\r\n')
    ct = [l.decode() for l in lines if l.lower().startswith(b'content-type')]
    print('==', method.decode(), path.decode(), lines[0].decode(), ct)
    print(body.decode(), end='' if body.endswith(b'\n') or not body else '\n')
get(b'/static/')
get(b'/static')
get(b'/static/sub/')
get(b'/static/a%26b%20%3Cx%3E.txt')
get(b'/static/missing.txt')
get(b'/static/../top.txt')
get(b'/other/nothing')
get(b'/top.txt')
get(b'/staticx')
get(b'/static/sub/', b'HEAD')
get(b'/quit')
PY, [$s->port]);
});
$s->on('request', function ($req, $resp) {
    $resp->end("dynamic\n");
    if ($req->server['request_uri'] === '/quit')
        $GLOBALS['s']->shutdown();
});
$s->start();
echo sw_peer_end($peer);
unlink("$root/static/a&b <x>.txt");
unlink("$root/static/\"q'.css");
unlink("$root/static/sub/in.txt");
unlink("$root/top.txt");
rmdir("$root/static/sub");
rmdir("$root/static");
rmdir($root);
?>
--EXPECT--
== GET /static/ HTTP/1.1 200 OK ['Content-Type: text/html; charset=utf-8']
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Index of /static/</title></head>
<body><h1>Index of /static/</h1>
<ul>
<li><a href="/static/%22q%27.css">&quot;q&#39;.css</a></li>
<li><a href="/static/../">../</a></li>
<li><a href="/static/a%26b%20%3Cx%3E.txt">a&amp;b &lt;x&gt;.txt</a></li>
<li><a href="/static/sub/">sub/</a></li>
</ul>
</body></html>
== GET /static HTTP/1.1 200 OK ['Content-Type: text/html; charset=utf-8']
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Index of /static</title></head>
<body><h1>Index of /static</h1>
<ul>
<li><a href="/static/%22q%27.css">&quot;q&#39;.css</a></li>
<li><a href="/static/../">../</a></li>
<li><a href="/static/a%26b%20%3Cx%3E.txt">a&amp;b &lt;x&gt;.txt</a></li>
<li><a href="/static/sub/">sub/</a></li>
</ul>
</body></html>
== GET /static/sub/ HTTP/1.1 200 OK ['Content-Type: text/html; charset=utf-8']
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Index of /static/sub/</title></head>
<body><h1>Index of /static/sub/</h1>
<ul>
<li><a href="/static/sub/../">../</a></li>
<li><a href="/static/sub/in.txt">in.txt</a></li>
</ul>
</body></html>
== GET /static/a%26b%20%3Cx%3E.txt HTTP/1.1 200 OK ['Content-Type: text/plain']
amp
== GET /static/missing.txt HTTP/1.1 404 Not Found ['Content-Type: text/plain']
Not Found
== GET /static/../top.txt HTTP/1.1 404 Not Found ['Content-Type: text/plain']
Not Found
== GET /other/nothing HTTP/1.1 404 Not Found ['Content-Type: text/plain']
Not Found
== GET /top.txt HTTP/1.1 200 OK ['Content-Type: text/html']
dynamic
== GET /staticx HTTP/1.1 200 OK ['Content-Type: text/html']
dynamic
== HEAD /static/sub/ HTTP/1.1 200 OK ['Content-Type: text/html; charset=utf-8']
== GET /quit HTTP/1.1 200 OK ['Content-Type: text/html']
dynamic
