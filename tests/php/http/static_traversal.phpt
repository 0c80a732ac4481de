--TEST--
Swoole\Http\Server: static handler — no path escapes document_root (.., encoded dots and slashes, backslashes, NUL, symlinks out)
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$top = sys_get_temp_dir() . '/sw_static_trav_' . getmypid();
$root = "$top/root";
@mkdir("$root/a", 0777, true);
file_put_contents("$top/secret.txt", "TOPSECRET\n");
file_put_contents("$root/a/x.txt", "inside\n");
symlink("$top/secret.txt", "$root/out.txt");
symlink($top, "$root/dirlink");
symlink("$root/a/x.txt", "$root/in.txt");

$s = new Swoole\Http\Server('127.0.0.1', 0);
$s->set(['worker_num' => 1, 'enable_static_handler' => true, 'document_root' => "$root/",
         'http_autoindex' => true]);
$peer = null;
$s->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
port = int(sys.argv[1])
def get(path):
    s = conn(port)
    s.sendall(b'GET ' + path + b' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    data = b''
    while True:
        c = s.recv(65536)
        if not c:
            break
        data += c
    head, _, body = data.partition(b'\r\n\r\n')
    leak = b'TOPSECRET' in data or b'root:x:0' in data or b'secret.txt' in body
    print(path.decode(), head.split(b'\r\n')[0].decode(), 'LEAK' if leak else 'ok', repr(body))
for p in [b'/../secret.txt', b'/../../../../../../etc/passwd', b'/%2e%2e/secret.txt',
          b'/%2E%2E/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', b'/a/..%2f..%2fsecret.txt',
          b'/a/%2e%2e%2f%2e%2e%2fsecret.txt', b'/a/..%5c..%5csecret.txt', b'/a/..\\..\\secret.txt',
          b'/a/%2e./%2e./secret.txt', b'/out.txt', b'/dirlink/secret.txt', b'/dirlink/',
          b'/a/x.txt%00.png', b'/./a/x.txt', b'/a/../a/x.txt', b'/in.txt', b'/a/x.txt', b'/a%2fx.txt']:
    get(p)
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
unlink("$root/in.txt");
unlink("$root/dirlink");
unlink("$root/out.txt");
unlink("$root/a/x.txt");
unlink("$top/secret.txt");
rmdir("$root/a");
rmdir($root);
rmdir($top);
?>
--EXPECT--
/../secret.txt HTTP/1.1 200 OK ok b'dynamic\n'
/../../../../../../etc/passwd HTTP/1.1 200 OK ok b'dynamic\n'
/%2e%2e/secret.txt HTTP/1.1 200 OK ok b'dynamic\n'
/%2E%2E/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1 200 OK ok b'dynamic\n'
/a/..%2f..%2fsecret.txt HTTP/1.1 200 OK ok b'dynamic\n'
/a/%2e%2e%2f%2e%2e%2fsecret.txt HTTP/1.1 200 OK ok b'dynamic\n'
/a/..%5c..%5csecret.txt HTTP/1.1 200 OK ok b'dynamic\n'
/a/..\..\secret.txt HTTP/1.1 200 OK ok b'dynamic\n'
/a/%2e./%2e./secret.txt HTTP/1.1 200 OK ok b'dynamic\n'
/out.txt HTTP/1.1 200 OK ok b'dynamic\n'
/dirlink/secret.txt HTTP/1.1 200 OK ok b'dynamic\n'
/dirlink/ HTTP/1.1 200 OK ok b'dynamic\n'
/a/x.txt%00.png HTTP/1.1 200 OK ok b'dynamic\n'
/./a/x.txt HTTP/1.1 200 OK ok b'dynamic\n'
/a/../a/x.txt HTTP/1.1 200 OK ok b'dynamic\n'
/in.txt HTTP/1.1 200 OK ok b'inside\n'
/a/x.txt HTTP/1.1 200 OK ok b'inside\n'
/a%2fx.txt HTTP/1.1 200 OK ok b'inside\n'
/quit HTTP/1.1 200 OK ok b'dynamic\n'
