--TEST--
seed 001: go() + Swoole\Coroutine\Redis connect + get, the tutorial's first coroutine example (top-level go(), the loop runs at script end)
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';
$key = rd_key('key');
rd_cli('set', $key, 'value of the seed');
go(function () use ($key) {
    $redis = new Swoole\Coroutine\Redis();
    $redis->connect(rd_host(), rd_port());
    $val = $redis->get($key);
    var_dump($val);
    var_dump($redis->get($key . ':missing'));   /* a missing key is null (Swoole 4.x/5.x) */
    $redis->del($key);
});
echo "before the loop\n";
?>
--EXPECT--
before the loop
string(17) "value of the seed"
NULL
