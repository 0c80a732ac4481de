--TEST--
swoole channel: close() wakes waiters on both ends with SWOOLE_CHANNEL_CLOSED; queued values can still be popped
--FILE--
<?php
Co\run(function () {
    $empty = new chan(1);
    $full = new chan(1);
    $full->push('queued');
    foreach ([1, 2] as $i) {
        go(function () use ($empty, $i) {
            $r = $empty->pop();
            echo "pop $i: ", var_export($r, true), " errCode=", $empty->errCode, "\n";
        });
        go(function () use ($full, $i) {
            $r = $full->push("v$i");
            echo "push $i: ", var_export($r, true), " errCode=", $full->errCode, "\n";
        });
    }
    var_dump($empty->stats(), $full->stats());
    var_dump($empty->close());
    var_dump($full->close());
    var_dump($full->close());  // twice
    var_dump($full->pop(), $full->pop(), $full->errCode === SWOOLE_CHANNEL_CLOSED);
    var_dump($full->push(1), $full->errCode === SWOOLE_CHANNEL_CLOSED);
});
?>
--EXPECT--
array(3) {
  ["consumer_num"]=>
  int(2)
  ["producer_num"]=>
  int(0)
  ["queue_num"]=>
  int(0)
}
array(3) {
  ["consumer_num"]=>
  int(0)
  ["producer_num"]=>
  int(2)
  ["queue_num"]=>
  int(1)
}
pop 1: false errCode=-2
pop 2: false errCode=-2
bool(true)
push 1: false errCode=-2
push 2: false errCode=-2
bool(true)
bool(false)
string(6) "queued"
bool(false)
bool(true)
bool(false)
bool(true)
