--TEST--
Swoole\Coroutine\Redis: multi()/exec() (queued commands answer SWOOLE_REDIS_TYPE_NOT_FOUND, exec() the list of replies, an error inside it is false), discard(), watch() making exec() fail, eval()/evalSha() with keys and arguments, request() and __call() for commands without a method
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
    var_dump($r->multi(), $r->set($k, '1'), $r->incr($k), $r->hGet($k, 'x'), $r->get($k));
    var_dump($r->exec());
    var_dump($r->multi(SWOOLE_REDIS_MODE_PIPELINE), $r->set($k, 'discarded'), $r->discard(), $r->get($k));
    var_dump($r->exec(), $r->errMsg);

    /* WATCH: a change by another client between watch and exec makes exec answer null */
    var_dump($r->watch($k), $r->multi(), $r->set($k, 'mine'));
    var_dump(rd_cli('set', $k, 'theirs'));
    var_dump($r->exec(), $r->get($k));

    var_dump($r->eval('return {KEYS[1], ARGV[1], 42}', [$k, 'arg'], 1));
    $sha = $r->request(['SCRIPT', 'LOAD', 'return redis.call("get", KEYS[1])']);
    var_dump(strlen($sha), $r->evalSha($sha, [$k], 1), $r->evalSha(str_repeat('0', 40)), $r->errMsg);
    var_dump($r->eval('return redis.error_reply("my error")'), $r->errType, $r->errMsg);

    /* __call: any command, array arguments spread */
    var_dump($r->strLen($k), $r->getDel($k), $r->hSet("$k:h", 'f', 'v'), $r->hStrLen("$k:h", 'f'),
             $r->objectEncoding ?? 'no property', $r->copy("$k:h", "$k:h2"), $r->hGetAll("$k:h2"));
    var_dump($r->request(['DEL', "$k:h", "$k:h2"]), $r->request(['set', $k, 3.5]), $r->request(['GET', $k]));
    var_dump($r->del($k));
});
?>
--EXPECTF--
bool(true)
int(0)
int(0)
int(0)
int(0)
array(4) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
  [2]=>
  bool(false)
  [3]=>
  string(1) "2"
}
bool(true)
int(0)
bool(true)
string(1) "2"
bool(false)
string(22) "ERR EXEC without MULTI"
bool(true)
bool(true)
int(0)
string(2) "OK"
NULL
string(6) "theirs"
array(3) {
  [0]=>
  string(%d) "swt:multi_eval:%d:k"
  [1]=>
  string(3) "arg"
  [2]=>
  int(42)
}
int(40)
string(6) "theirs"
bool(false)
string(45) "NOSCRIPT No matching script. Please use EVAL."
bool(false)
int(2)
string(8) "my error"
int(6)
string(6) "theirs"
int(1)
int(1)
string(11) "no property"
int(1)
array(2) {
  [0]=>
  string(1) "f"
  [1]=>
  string(1) "v"
}
int(2)
bool(true)
string(3) "3.5"
int(1)
