--TEST--
http: pipelining — bodies then the next request, an error after a good request, 2000 pipelined requests (more than the server buffers while busy) answered in order
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23821);
$n = 0;
$s->on('request', function ($req, $resp) use (&$n) {
    $n++;
    $uri = $req->server['request_uri'];
    if ($uri === '/sleep')
        Co::sleep(0.3);
    $resp->end($uri . ':' . $req->rawContent());
});
ht_run($s, <<<'PHP'
$K = "Host: x\r\n";
echo "-- bodies\n";
$r = raw("POST /a HTTP/1.1\r\n{$K}Content-Length: 3\r\n\r\nabcPOST /b HTTP/1.1\r\n{$K}Transfer-Encoding: chunked\r\n\r\n2\r\nde\r\n0\r\n\r\nGET /c HTTP/1.1\r\n{$K}Connection: close\r\n\r\n");
preg_match_all('/\r\n\r\n(\/[a-z]+:[a-z]*)/', $r, $m);
echo implode(' ', $m[1]), substr($r, -9), "\n";
echo "-- a good request then garbage: 200 then 400 and close\n";
$r = raw("GET /good HTTP/1.1\r\n$K\r\nGARBAGE\r\n\r\nGET /never HTTP/1.1\r\n$K\r\n");
echo substr_count($r, 'HTTP/1.1 200'), " ", substr_count($r, 'HTTP/1.1 400'), " ", substr_count($r, '/never'), substr($r, -9), "\n";
echo "-- 2000 pipelined requests behind a sleeping one\n";
$reqs = "GET /sleep HTTP/1.1\r\n$K\r\n";
for ($i = 0; $i < 2000; $i++)
    $reqs .= "GET /r$i HTTP/1.1\r\n{$K}X-Pad: " . str_repeat('p', 200) . "\r\n\r\n";
$reqs .= "GET /last HTTP/1.1\r\n{$K}Connection: close\r\n\r\n";
echo strlen($reqs) > 256 * 1024 ? "more than 256 KiB\n" : "too small\n";
$c = ht_connect();
stream_set_blocking($c, true);
fwrite($c, $reqs);
[$r, $closed] = ht_read($c, 20);
preg_match_all('/\r\n\r\n(\/[a-z0-9]+):/', $r, $m);
$want = array_merge(['/sleep'], array_map(fn($i) => "/r$i", range(0, 1999)), ['/last']);
echo count($m[1]), " responses, ", $m[1] === $want ? "in order" : "OUT OF ORDER", $closed ? ", closed" : ", open", "\n";
ok();
PHP);
echo "$n requests handled\n";
?>
--EXPECT--
-- bodies
/a:abc /b:de /c: [closed]
-- a good request then garbage: 200 then 400 and close
1 1 0 [closed]
-- 2000 pipelined requests behind a sleeping one
more than 256 KiB
2002 responses, in order, closed
ok: HTTP/1.1 200 OK [closed]
2007 requests handled
