--TEST--
swoole channel: a timeout longer than the timers' limit (one day) still waits instead of failing at once
--FILE--
<?php
go(function () {
    $ch = new chan(1);
    go(function () use ($ch) { Co::sleep(0.05); $ch->push("late"); });
    var_dump($ch->pop(1e7), $ch->errCode);
    var_dump($ch->push("a", 1e7));
    go(function () use ($ch) { Co::sleep(0.05); var_dump($ch->pop()); });
    var_dump($ch->push("b", 1e7), $ch->errCode);
    var_dump($ch->pop(INF));
});
?>
--EXPECT--
string(4) "late"
int(0)
bool(true)
bool(true)
int(0)
string(1) "b"
string(1) "a"
