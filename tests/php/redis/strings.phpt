--TEST--
Swoole\Coroutine\Redis: strings and keys — set (TTL, options array), get, mGet/mSet, del/exists/expire/ttl/incr/decr/incrBy/incrByFloat, keys, scan, type, ping/echo, select/getDBNum, info, auth (refused), database option; replies mapped as Swoole does (OK -> true, other statuses -> int type code, nil -> null)
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';
Co\run(function () {
    $r = rd_connect();
    $k = rd_key('s');
    var_dump($r->set($k, 'hello'), $r->get($k), $r->get("$k:none"), $r->strlen($k));
    var_dump($r->set($k, 42), $r->get($k), $r->incr($k), $r->decr($k), $r->incrBy($k, 10),
             $r->decrBy($k, 2), $r->incrByFloat($k, 0.5));
    /* an int option is a TTL (SETEX); below 1 is refused without asking the server */
    var_dump($r->set($k, 'x', 100), $r->ttl($k) > 90, $r->set($k, 'x', 0));
    var_dump($r->set($k, 'y', ['nx']), $r->set($k, 'y', ['xx', 'px' => 50000]), $r->get($k),
             $r->pttl($k) > 40000);
    var_dump($r->set("$k:new", 'n', ['nx', 'ex' => 10]), $r->ttl("$k:new"));
    var_dump($r->expire($k, 30), $r->ttl($k), $r->persist($k), $r->ttl($k), $r->ttl("$k:none"));
    var_dump($r->mSet(["$k:a" => 'A', "$k:b" => 'B']), $r->mGet(["$k:a", "$k:none", "$k:b"]));
    var_dump($r->exists($k), $r->exists($k, "$k:a", "$k:none"));
    var_dump($r->type($k), $r->type("$k:none"), SWOOLE_REDIS_TYPE_STRING);
    $keys = $r->keys("$k:*");
    sort($keys);
    var_dump($keys);
    /* scan: the iterator starts as null and ends at 0 */
    $it = null;
    $seen = [];
    while (($batch = $r->scan($it, "$k:*", 1000)) !== false)
        $seen = array_merge($seen, $batch);
    sort($seen);
    var_dump($seen === $keys, $it);
    var_dump($r->del($k, "$k:a"), $r->del(["$k:b", "$k:new"]), $r->exists($k));
    /* PONG is a status other than OK: Swoole returns SWOOLE_REDIS_TYPE_NOT_FOUND (0) */
    var_dump($r->ping(), $r->ping('hi'), $r->echo('echoed'));
    var_dump($r->getDBNum(), $r->select(3), $r->getDBNum(), $r->set($k, 'in db 3'),
             $r->select(0), $r->get($k), $r->select(3), $r->get($k), $r->del($k));
    var_dump($r->getOptions()['database']);
    $info = $r->info('server');
    var_dump(is_string($info) && str_contains($info, 'redis_version:'));
    var_dump($r->select(1000), $r->errType, $r->errMsg);
    /* auth() against a server without a password: refused, remembered for reconnects */
    var_dump($r->auth('nope'), $r->errType, $r->getAuth(), $r->getOptions()['password']);

    /* the database option: SELECT at every connect */
    $d = rd_connect(['database' => 5]);
    var_dump($d->getDBNum(), $d->set($k, 'five'), rd_cli('-n', '5', 'get', $k), $d->del($k));
});
?>
--EXPECTF--
bool(true)
string(5) "hello"
NULL
int(5)
bool(true)
string(2) "42"
int(43)
int(42)
int(52)
int(50)
string(4) "50.5"
bool(true)
bool(true)
bool(false)
NULL
bool(true)
string(1) "y"
bool(true)
bool(true)
int(10)
int(1)
int(30)
int(1)
int(-1)
int(-2)
bool(true)
array(3) {
  [0]=>
  string(1) "A"
  [1]=>
  NULL
  [2]=>
  string(1) "B"
}
int(1)
int(2)
int(1)
int(0)
int(1)
array(3) {
  [0]=>
  string(%d) "swt:strings:%d:s:a"
  [1]=>
  string(%d) "swt:strings:%d:s:b"
  [2]=>
  string(%d) "swt:strings:%d:s:new"
}
bool(true)
int(0)
int(2)
int(2)
int(0)
int(0)
string(2) "hi"
string(6) "echoed"
int(0)
bool(true)
int(3)
bool(true)
bool(true)
NULL
bool(true)
string(7) "in db 3"
int(1)
int(3)
bool(true)
bool(false)
int(2)
string(28) "ERR DB index is out of range"
bool(false)
int(2)
bool(false)
string(4) "nope"
int(5)
bool(true)
string(4) "five"
int(1)
