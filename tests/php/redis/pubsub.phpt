--TEST--
Swoole\Coroutine\Redis: subscribe/psubscribe between two coroutines — recv() gives ["subscribe", ch, n], ["message", ch, payload], ["pmessage", pattern, ch, payload]; other commands and setDefer are refused in subscribe mode; the last unsubscribe ends it; subscribe is refused with defer on
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';
Co\run(function () {
    $ch = rd_key('ch');
    $ready = new Swoole\Coroutine\Channel(1);
    $done = new Swoole\Coroutine\Channel(1);
    go(function () use ($ch, $ready, $done) {
        $sub = rd_connect();
        var_dump($sub->subscribe([$ch, "$ch:2"]));
        var_dump($sub->recv(), $sub->recv());
        var_dump($sub->get('x'), $sub->errType, $sub->errMsg, $sub->setDefer(true), $sub->getDefer());
        var_dump($sub->psubscribe(["$ch:p*"]), $sub->recv());
        $ready->push(true);
        for ($i = 0; $i < 3; $i++)
            var_dump($sub->recv());
        var_dump($sub->unsubscribe([$ch, "$ch:2"]), $sub->recv(), $sub->recv());
        var_dump($sub->punsubscribe(["$ch:p*"]), $sub->recv());
        /* out of subscribe mode: commands work again */
        var_dump($sub->set("$ch:k", 'after'), $sub->get("$ch:k"), $sub->del("$ch:k"), $sub->recv(), $sub->errMsg);
        $d = rd_connect();
        $d->setDefer(true);
        var_dump($d->subscribe([$ch]), $d->errMsg);
        $done->push(true);
    });
    $pub = rd_connect();
    $ready->pop();
    $res = [$pub->publish($ch, 'hello'), $pub->publish("$ch:2", 'world'),
            $pub->publish("$ch:pat", 'by pattern'), $pub->publish("$ch:nobody", 'lost')];
    $done->pop();
    echo "-- the publisher's counts of receivers\n";
    var_dump($res);
});
?>
--EXPECTF--
bool(true)
array(3) {
  [0]=>
  string(9) "subscribe"
  [1]=>
  string(%d) "swt:pubsub:%d:ch"
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  string(9) "subscribe"
  [1]=>
  string(%d) "swt:pubsub:%d:ch:2"
  [2]=>
  int(2)
}
bool(false)
int(2)
string(121) "Only subscribe, psubscribe, unsubscribe and punsubscribe are allowed in subscribe mode: call recv(), or unsubscribe first"
bool(false)
bool(false)
bool(true)
array(3) {
  [0]=>
  string(10) "psubscribe"
  [1]=>
  string(%d) "swt:pubsub:%d:ch:p*"
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  string(7) "message"
  [1]=>
  string(%d) "swt:pubsub:%d:ch"
  [2]=>
  string(5) "hello"
}
array(3) {
  [0]=>
  string(7) "message"
  [1]=>
  string(%d) "swt:pubsub:%d:ch:2"
  [2]=>
  string(5) "world"
}
array(4) {
  [0]=>
  string(8) "pmessage"
  [1]=>
  string(%d) "swt:pubsub:%d:ch:p*"
  [2]=>
  string(%d) "swt:pubsub:%d:ch:pat"
  [3]=>
  string(10) "by pattern"
}
bool(true)
array(3) {
  [0]=>
  string(11) "unsubscribe"
  [1]=>
  string(%d) "swt:pubsub:%d:ch"
  [2]=>
  int(2)
}
array(3) {
  [0]=>
  string(11) "unsubscribe"
  [1]=>
  string(%d) "swt:pubsub:%d:ch:2"
  [2]=>
  int(1)
}
bool(true)
array(3) {
  [0]=>
  string(12) "punsubscribe"
  [1]=>
  string(%d) "swt:pubsub:%d:ch:p*"
  [2]=>
  int(0)
}
bool(true)
string(5) "after"
int(1)
bool(false)
string(45) "recv() needs setDefer(true) or subscribe mode"
bool(false)
string(43) "subscribe cannot be used with defer enabled"
-- the publisher's counts of receivers
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(1)
  [2]=>
  int(1)
  [3]=>
  int(0)
}
