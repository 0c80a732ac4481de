--TEST--
Swoole\Coroutine\Redis: a command whose encoding would pass 2 GiB (here 64 arguments sharing one 64 MiB string) is refused before it is encoded — hiredis 0.14 adds the size up in an int, which wrapped and overran its buffer (segfault) — and the connection stays usable
--INI--
swoole.plugins[]=redis
memory_limit=-1
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';

Co\run(function () {
    $r = rd_connect();
    $s = str_repeat('x', 64 << 20);
    $ret = $r->del(...array_fill(0, 64, $s));
    echo "del: ", var_export($ret, true), " errType={$r->errType} errCode={$r->errCode} errMsg=\"{$r->errMsg}\" connected=",
         var_export($r->connected, true), "\n";
    $ret = $r->request(array_merge(['DEL'], array_fill(0, 40, $s)));
    echo "request: ", var_export($ret, true), " errType={$r->errType}\n";
    $k = rd_key('k');
    var_dump($r->set($k, 'v'), $r->get($k), $r->del($k));
});
?>
--EXPECT--
del: false errType=2 errCode=7 errMsg="The command is too large: its encoding would pass 2 GiB" connected=true
request: false errType=2
bool(true)
string(1) "v"
int(1)
