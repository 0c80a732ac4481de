--TEST--
Swoole\Coroutine\Redis: an 8 MiB value is sent and read back whole (also checked by redis-cli STRLEN and a hash of what redis-cli gets), a list of 20,000 elements (1.6 MB in one reply), binary bytes (NUL, CRLF) kept as they are
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';
Co\run(function () {
    $r = rd_connect(['timeout' => 60]);
    $k = rd_key('big');
    /* 1 MiB of varied bytes (NUL and CRLF among them), eight times over, last byte changed */
    $block = '';
    for ($i = 0; $i < 1024; $i++)
        $block .= str_repeat(md5((string)$i, true) . "\r\n\0", 53) . substr(md5("x$i"), 0, 17);
    $big = str_repeat($block, 8);
    $big[(8 << 20) - 1] = '!';
    var_dump($r->set($k, $big), rd_cli('strlen', $k));
    $got = $r->get($k);
    var_dump(strlen($got), $got === $big);
    /* redis-cli's --raw output of the value, hashed by the shell */
    $cli = trim(shell_exec('redis-cli -h ' . rd_host() . ' -p ' . rd_port() . ' --raw getrange ' . escapeshellarg($k) .
                            ' 0 1048575 | head -c 1048576 | md5sum'));
    var_dump(substr($cli, 0, 32) === md5(substr($big, 0, 1 << 20)));

    $l = rd_key('list');
    $items = [];
    for ($i = 0; $i < 20000; $i++)
        $items[] = str_pad((string)$i, 80, '.');
    var_dump($r->rPush($l, ...$items));
    $back = $r->lRange($l, 0, -1);
    var_dump(count($back), $back === $items);
    var_dump($r->del($k, $l));
});
?>
--EXPECT--
bool(true)
string(7) "8388608"
int(8388608)
bool(true)
bool(true)
int(20000)
int(20000)
bool(true)
int(2)
