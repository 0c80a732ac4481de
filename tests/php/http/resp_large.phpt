--TEST--
http: large responses — end() and write() under and over buffer_output_size (default 2 MiB), read by a slow reader and by curl
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
set_error_handler(function ($no, $msg) { echo "Warning: $msg\n"; return true; });
$s = new Swoole\Http\Server('127.0.0.1', 23827);
$s->on('request', function ($req, $resp) {
    $uri = $req->server['request_uri'];
    echo "== $uri\n";
    switch ($uri) {
    case '/end-1.5M':
        var_dump($resp->end(str_repeat('a', 1536 * 1024)));
        break;
    case '/end-3M':
        var_dump($resp->end(str_repeat('b', 3 << 20)));
        var_dump($resp->isWritable());
        break;
    case '/write-4x1M':
        for ($i = 0; $i < 4; $i++)
            var_dump($resp->write(str_repeat(chr(ord('c') + $i), 1 << 20)));
        var_dump($resp->end());
        break;
    default:
        $resp->end('ok');
    }
});
ht_run($s, <<<'PHP'
echo curl("-o /dev/null -w '%{http_code} %{size_download}\\n' URL/end-1.5M");
echo curl("-o /dev/null -w '%{http_code} %{size_download}\\n' URL/end-3M");
echo curl("-s URL/write-4x1M | md5sum | cut -c1-32");
echo md5(str_repeat('c', 1 << 20) . str_repeat('d', 1 << 20) . str_repeat('e', 1 << 20) . str_repeat('f', 1 << 20)), "\n";
/* a slow reader: the server's output buffer holds what the socket does not take */
$c = ht_connect();
fwrite($c, "GET /end-1.5M HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
usleep(300000);
stream_set_blocking($c, true);
$got = stream_get_contents($c);
echo strlen($got) - strpos($got, "\r\n\r\n") - 4, " body bytes\n";
ok();
PHP);
?>
--EXPECT--
== /end-1.5M
bool(true)
== /end-3M
Warning: Swoole\Http\Response::end(): failed to send the response: output buffer of session#2 is full (buffer_output_size=2097152)
bool(false)
bool(false)
== /write-4x1M
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
== /end-1.5M
bool(true)
== /ok
200 1572864
000 0
1e02208da950031029e515da480880e7
1e02208da950031029e515da480880e7
1572864 body bytes
ok: HTTP/1.1 200 OK [closed]
