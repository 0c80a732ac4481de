--TEST--
http_compression: gzip and deflate by Accept-Encoding (q-values), min length, media types, level, HEAD
--INI--
swoole.plugins[]=http
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl is missing'); ?>
--FILE--
<?php
/* The server answers each path; a shell peer runs curl (real client) and saves headers
 * and raw bodies in a temp dir; the test reads them once the server has stopped. */
$port = 23700;
$dir = sys_get_temp_dir() . '/sw_compress_basic_' . getmypid();
@mkdir($dir);
$text = str_repeat("hello compressed world\n", 200);
$s = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
$s->set(['worker_num' => 1, 'log_level' => SWOOLE_LOG_WARNING]);
$s->on('request', function ($req, $resp) use ($text) {
    switch ($req->server['request_uri']) {
    case '/text': $resp->end($text); break;
    case '/short': $resp->end('tiny'); break;
    case '/png': $resp->header('Content-Type', 'image/png'); $resp->end($text); break;
    case '/json': $resp->header('Content-Type', 'application/json; charset=utf-8');
        $resp->end(json_encode(array_fill(0, 50, 'value'))); break;
    case '/own': $resp->header('Content-Encoding', 'identity'); $resp->end($text); break;
    case '/stop': $resp->end('bye'); $GLOBALS['s']->shutdown(); break;
    }
});
$s->on('workerStart', function () use ($port, $dir) {
    $u = "http://127.0.0.1:$port";
    $cmds = [
        "curl -s --compressed -D h_comp -o b_comp $u/text",
        "curl -s -H 'Accept-Encoding: gzip' -D h_gzip -o b_gzip $u/text",
        "curl -s -H 'Accept-Encoding: deflate' -D h_defl -o b_defl $u/text",
        "curl -s -H 'Accept-Encoding: gzip;q=0, deflate;q=0.5' -D h_q0 -o b_q0 $u/text",
        "curl -s -H 'Accept-Encoding: gzip;q=0,deflate;q=0.000' -D h_none -o b_none $u/text",
        "curl -s -H 'Accept-Encoding: *;q=0.1' -D h_star -o b_star $u/text",
        "curl -s -H 'Accept-Encoding: identity' -D h_ident -o b_ident $u/text",
        "curl -s -H 'Accept-Encoding: gzip' -D h_short -o b_short $u/short",
        "curl -s -H 'Accept-Encoding: gzip' -D h_png -o b_png $u/png",
        "curl -s -H 'Accept-Encoding: gzip' -D h_json -o b_json $u/json",
        "curl -s -H 'Accept-Encoding: gzip' -D h_own -o b_own $u/own",
        "curl -s -I -H 'Accept-Encoding: gzip' -o h_head $u/text; : > b_head",
        "curl -s $u/stop >/dev/null",
    ];
    proc_open(['sh', '-c', 'cd "$1" && ' . implode(' ; ', $cmds), 'sh', $dir], [], $pipes);
});
$s->start();

function head(string $dir, string $n): array {
    $h = [];
    foreach (file("$dir/h_$n", FILE_IGNORE_NEW_LINES) as $l) {
        if (preg_match('/^(Content-Encoding|Vary|Content-Length|Content-Type): (.*)$/i', trim($l), $m))
            $h[] = "$m[1]: $m[2]";
    }
    sort($h);
    return $h;
}
foreach (['comp', 'gzip', 'defl', 'q0', 'none', 'star', 'ident', 'short', 'png', 'json', 'own', 'head'] as $n) {
    $body = file_get_contents("$dir/b_$n");
    echo "$n: ", implode(' | ', head($dir, $n)), " | body ", strlen($body), "\n";
}
$raw = file_get_contents("$dir/b_gzip");
var_dump(file_get_contents("$dir/b_comp") === $text, substr($raw, 0, 2) === "\x1f\x8b",
         gzdecode($raw) === $text, gzuncompress(file_get_contents("$dir/b_defl")) === $text,
         gzuncompress(file_get_contents("$dir/b_q0")) === $text,
         gzdecode(file_get_contents("$dir/b_star")) === $text,
         gzdecode(file_get_contents("$dir/b_json")) === json_encode(array_fill(0, 50, 'value')));
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
comp: Content-Encoding: gzip | Content-Length: %d | Content-Type: text/html | Vary: Accept-Encoding | body 4600
gzip: Content-Encoding: gzip | Content-Length: %d | Content-Type: text/html | Vary: Accept-Encoding | body %d
defl: Content-Encoding: deflate | Content-Length: %d | Content-Type: text/html | Vary: Accept-Encoding | body %d
q0: Content-Encoding: deflate | Content-Length: %d | Content-Type: text/html | Vary: Accept-Encoding | body %d
none: Content-Length: 4600 | Content-Type: text/html | body 4600
star: Content-Encoding: gzip | Content-Length: %d | Content-Type: text/html | Vary: Accept-Encoding | body %d
ident: Content-Length: 4600 | Content-Type: text/html | body 4600
short: Content-Length: 4 | Content-Type: text/html | body 4
png: Content-Length: 4600 | Content-Type: image/png | body 4600
json: Content-Encoding: gzip | Content-Length: %d | Content-Type: application/json; charset=utf-8 | Vary: Accept-Encoding | body %d
own: Content-Encoding: identity | Content-Length: 4600 | Content-Type: text/html | body 4600
head: Content-Encoding: gzip | Content-Length: %d | Content-Type: text/html | Vary: Accept-Encoding | body 0
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
