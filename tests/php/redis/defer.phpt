--TEST--
Swoole\Coroutine\Redis: setDefer()/getDefer()/recv() — commands return true and their replies come back in order through recv(), several in flight at once (pipelined); a command that waits for its reply while deferred replies are owed is refused (out of sync), recv() still takes them after setDefer(false); recv() with nothing pending, without defer, and on a never-connected client is false with errMsg
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
    var_dump($r->getDefer(), $r->recv(), $r->errMsg);
    var_dump($r->setDefer(), $r->getDefer());
    var_dump($r->set($k, 'deferred'), $r->get($k), $r->incr("$k:n"), $r->get("$k:none"));
    var_dump($r->recv(), $r->recv(), $r->recv(), $r->recv());
    var_dump($r->recv(), $r->errMsg);
    var_dump($r->setDefer(false), $r->get($k), $r->del($k, "$k:n"));

    /* a command that waits for its reply while deferred ones are owed: refused */
    $r->setDefer(true);
    $r->ping('owed');
    $r->setDefer(false);
    var_dump($r->get($k), $r->errMsg, $r->recv(), $r->get($k));

    /* two clients in defer mode, the replies collected after both were sent */
    $a = rd_connect();
    $b = rd_connect();
    $a->setDefer(true);
    $b->setDefer(true);
    var_dump($a->ping('from a'), $b->ping('from b'), $b->recv(), $a->recv());

    $n = new Swoole\Coroutine\Redis;
    $n->setDefer(true);
    var_dump($n->recv(), $n->errType, $n->errMsg);
});
?>
--EXPECT--
bool(false)
bool(false)
string(45) "recv() needs setDefer(true) or subscribe mode"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(8) "deferred"
int(1)
NULL
bool(false)
string(39) "no deferred command waits for its reply"
bool(true)
string(8) "deferred"
int(2)
bool(false)
string(61) "Commands out of sync: deferred commands wait for recv() first"
string(4) "owed"
NULL
bool(true)
bool(true)
string(6) "from b"
string(6) "from a"
bool(false)
int(6)
string(27) "connection is not available"
