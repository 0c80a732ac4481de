--TEST--
Swoole\Coroutine\Redis with redis-cli as the other peer: what our client writes (set, hash, list, a value with spaces, CRLF and NUL, an expiry) redis-cli reads back, and what redis-cli writes our client reads
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';
Co\run(function () {
    $r = rd_connect();
    $k = rd_key('k');
    var_dump($r->set($k, "hello from swoole"), rd_cli('get', $k));
    var_dump($r->hMSet("$k:h", ['f1' => 'one', 'f2' => 'two']), rd_cli('hget', "$k:h", 'f2'));
    var_dump($r->rPush("$k:l", 'a', 'b', 'c'), rd_cli('lrange', "$k:l", '0', '-1'));
    var_dump($r->set("$k:bin", "a b\r\nc\0d"), rd_cli('strlen', "$k:bin"));
    var_dump($r->set("$k:ttl", 'x', 100), (int)rd_cli('ttl', "$k:ttl") > 90);
    var_dump(rd_cli('set', "$k:cli", 'written by redis-cli'), $r->get("$k:cli"));
    var_dump(rd_cli('sadd', "$k:s", 'm1'), $r->sMembers("$k:s"));
    var_dump(rd_cli('del', $k, "$k:h", "$k:l", "$k:bin", "$k:ttl", "$k:cli", "$k:s"), $r->exists($k));
});
?>
--EXPECT--
bool(true)
string(17) "hello from swoole"
bool(true)
string(3) "two"
int(3)
string(5) "a
b
c"
bool(true)
string(1) "8"
bool(true)
bool(true)
string(2) "OK"
string(20) "written by redis-cli"
string(1) "1"
array(1) {
  [0]=>
  string(2) "m1"
}
string(1) "7"
int(0)
