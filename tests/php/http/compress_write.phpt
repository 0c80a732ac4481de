--TEST--
http_compression of a chunked body: write() streams compressed chunks (gzip, deflate), end() finishes the stream; identity when refused or not compressible
--INI--
swoole.plugins[]=http
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl is missing'); ?>
--FILE--
<?php
$dir = sys_get_temp_dir() . '/sw_compress_write_' . getmypid();
@mkdir($dir);
$parts = [];
for ($i = 0; $i < 20; $i++)
    $parts[] = str_repeat("line $i of a streamed body\n", 30 + $i);
$s = new Swoole\Http\Server('127.0.0.1', 23740, SWOOLE_BASE);
$s->set(['worker_num' => 1, 'log_level' => SWOOLE_LOG_WARNING, 'http_compression_level' => 6]);
$s->on('request', function ($req, $resp) use ($parts) {
    switch ($req->server['request_uri']) {
    case '/stop':
        $resp->end('bye');
        $GLOBALS['s']->shutdown();
        return;
    case '/png':
        $resp->header('Content-Type', 'image/png');
        break;
    }
    foreach ($parts as $i => $p) {
        if ($i == 10)
            Co::sleep(0.01);   /* the first half is on the wire already (sync flush) */
        $resp->write($p);
    }
    $resp->end('the end');
});
$s->on('workerStart', function () use ($dir) {
    $u = 'http://127.0.0.1:23740';
    $cmds = [
        "curl -s --compressed -D h_comp -o b_comp $u/",
        "curl -s --raw -H 'Accept-Encoding: gzip' -D h_gzip -o b_gzip $u/",
        "curl -s -H 'Accept-Encoding: deflate' -D h_defl -o b_defl $u/",
        "curl -s -D h_none -o b_none $u/",
        "curl -s -H 'Accept-Encoding: gzip' -D h_png -o b_png $u/png",
        "curl -s $u/stop >/dev/null",
    ];
    proc_open(['sh', '-c', 'cd "$1" && ' . implode(' ; ', $cmds), 'sh', $dir], [], $pipes);
});
$s->start();
$text = implode('', $parts) . 'the end';
foreach (['comp', 'gzip', 'defl', 'none', 'png'] as $n) {
    $h = [];
    foreach (file("$dir/h_$n", FILE_IGNORE_NEW_LINES) as $l)
        if (preg_match('/^(Content-Encoding|Vary|Content-Length|Transfer-Encoding|Content-Type): (.*)$/i', trim($l), $m))
            $h[] = "$m[1]: $m[2]";
    sort($h);
    echo "$n: ", implode(' | ', $h), "\n";
}
/* the raw chunked body: several chunks, which concatenated are one gzip stream */
$raw = file_get_contents("$dir/b_gzip");
$body = '';
$chunks = 0;
while (preg_match('/\A([0-9a-f]+)\r\n/', $raw, $m) && ($n = hexdec($m[1])) > 0) {
    $body .= substr($raw, strlen($m[0]), $n);
    $raw = substr($raw, strlen($m[0]) + $n + 2);
    $chunks++;
}
var_dump($raw === "0\r\n\r\n", $chunks >= 2, gzdecode($body) === $text, strlen($body) < strlen($text) / 4);
var_dump(file_get_contents("$dir/b_comp") === $text, gzuncompress(file_get_contents("$dir/b_defl")) === $text,
         file_get_contents("$dir/b_none") === $text, file_get_contents("$dir/b_png") === $text);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
comp: Content-Encoding: gzip | Content-Type: text/html | Transfer-Encoding: chunked | Vary: Accept-Encoding
gzip: Content-Encoding: gzip | Content-Type: text/html | Transfer-Encoding: chunked | Vary: Accept-Encoding
defl: Content-Encoding: deflate | Content-Type: text/html | Transfer-Encoding: chunked | Vary: Accept-Encoding
none: Content-Type: text/html | Transfer-Encoding: chunked
png: Content-Type: image/png | Transfer-Encoding: chunked
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
