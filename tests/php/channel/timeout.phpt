--TEST--
swoole channel: push on a full channel and pop on an empty one time out with SWOOLE_CHANNEL_TIMEOUT
--FILE--
<?php
Co\run(function () {
    $chan = new Swoole\Coroutine\Channel(1);
    $t = microtime(true);
    var_dump($chan->pop(0.05));
    var_dump($chan->errCode === SWOOLE_CHANNEL_TIMEOUT);
    echo "waited: ", (microtime(true) - $t) >= 0.04 ? "yes" : "no", "\n";
    var_dump($chan->push(1, 0.01), $chan->errCode);
    var_dump($chan->push(2, 0.02));
    var_dump($chan->errCode === SWOOLE_CHANNEL_TIMEOUT, $chan->length(), $chan->isFull());
    var_dump($chan->pop(0.01), $chan->errCode === SWOOLE_CHANNEL_OK);
    // a waiter that times out leaves the queue: the next value goes to the next waiter
    go(function () use ($chan) { var_dump(['early' => $chan->pop(0.01)]); });
    go(function () use ($chan) { var_dump(['late' => $chan->pop(1)]); });
    Co::sleep(0.05);
    $chan->push('x');
});
?>
--EXPECT--
bool(false)
bool(true)
waited: yes
bool(true)
int(0)
bool(false)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
array(1) {
  ["early"]=>
  bool(false)
}
array(1) {
  ["late"]=>
  string(1) "x"
}
