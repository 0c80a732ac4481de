--TEST--
swoole channel: Co::cancel() ends a waiting pop with SWOOLE_CHANNEL_CANCELED
--FILE--
<?php
Co\run(function () {
    $chan = new chan;
    $cid = go(function () use ($chan) {
        $r = $chan->pop();
        var_dump($r, $chan->errCode === SWOOLE_CHANNEL_CANCELED, Co::isCanceled());
    });
    var_dump($chan->stats()['consumer_num']);
    var_dump(Co::cancel($cid));
    var_dump($chan->stats()['consumer_num']);
    var_dump($chan->push('still works'), $chan->pop());
});
?>
--EXPECT--
int(1)
bool(false)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
string(11) "still works"
