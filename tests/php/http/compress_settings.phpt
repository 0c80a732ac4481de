--TEST--
http_compression settings per port: http_compression_level (and http_gzip_level), compression_min_length, http_compression off
--INI--
swoole.plugins[]=http
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl is missing'); ?>
--FILE--
<?php
$dir = sys_get_temp_dir() . '/sw_compress_settings_' . getmypid();
@mkdir($dir);
mt_srand(7);
$words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
$big = '';
while (strlen($big) < 30000)
    $big .= $words[mt_rand(0, 9)] . (mt_rand(0, 5) ? ' ' : "\n") . mt_rand(0, 999);
$s = new Swoole\Http\Server('127.0.0.1', 23710, SWOOLE_BASE);
$s->set(['worker_num' => 1, 'log_level' => SWOOLE_LOG_WARNING]);
$p9 = $s->listen('127.0.0.1', 23711, SWOOLE_SOCK_TCP);
$p9->set(['http_compression_level' => 9, 'compression_min_length' => 40000]);
$pg = $s->listen('127.0.0.1', 23712, SWOOLE_SOCK_TCP);
$pg->set(['http_gzip_level' => 9]);
$off = $s->listen('127.0.0.1', 23713, SWOOLE_SOCK_TCP);
$off->set(['http_compression' => false]);
$s->on('request', function ($req, $resp) use ($big) {
    if ($req->server['request_uri'] == '/stop') {
        $resp->end('bye');
        $GLOBALS['s']->shutdown();   /* no use ($s): a cycle left at exit shows as a leak under valgrind */
        return;
    }
    $resp->header('Content-Type', 'text/plain');
    $resp->end($req->server['request_uri'] == '/huge' ? str_repeat($big, 2) : $big);
});
$s->on('workerStart', function () use ($dir) {
    $c = "curl -s -H 'Accept-Encoding: gzip'";
    $cmds = [
        "$c -o l1 http://127.0.0.1:23710/", "$c -o l9 http://127.0.0.1:23711/",
        "$c -o l9huge http://127.0.0.1:23711/huge", "$c -o l1huge http://127.0.0.1:23710/huge",
        "$c -o g9 http://127.0.0.1:23712/", "$c -o off http://127.0.0.1:23713/",
        "curl -s http://127.0.0.1:23710/stop >/dev/null",
    ];
    proc_open(['sh', '-c', 'cd "$1" && ' . implode(' ; ', $cmds), 'sh', $dir], [], $pipes);
});
$s->start();
$r = [];
foreach (['l1', 'l9', 'l9huge', 'l1huge', 'g9', 'off'] as $n)
    $r[$n] = file_get_contents("$dir/$n");
var_dump(gzdecode($r['l1']) === $big, strlen($r['l1']) < strlen($big) / 2);
echo "level 9 port under min length: ", $r['l9'] === $big ? "identity\n" : "compressed\n";
var_dump(gzdecode($r['l9huge']) === $big . $big, gzdecode($r['l1huge']) === $big . $big);
echo "level 9 smaller than level 1: ", var_export(strlen($r['l9huge']) < strlen($r['l1huge']), true), "\n";
echo "http_gzip_level 9 smaller than level 1: ", var_export(strlen($r['g9']) < strlen($r['l1']), true), "\n";
var_dump(gzdecode($r['g9']) === $big, $r['off'] === $big);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
bool(true)
bool(true)
level 9 port under min length: identity
bool(true)
bool(true)
level 9 smaller than level 1: true
http_gzip_level 9 smaller than level 1: true
bool(true)
bool(true)
