--TEST--
seed 003 §5.3 swoole_timer_clear: a cleared timer never fires; the first timer id is 1
--SKIPIF--
<?php if (!function_exists('swoole_timer_after')) die('skip swoole_timer_after() not implemented yet'); ?>
--FILE--
<?php
$timer = swoole_timer_after(1000, function () {
    echo "timeout\n";
});
var_dump(swoole_timer_clear($timer));  // bool(true)
var_dump($timer);   // int(1)
?>
--EXPECT--
bool(true)
int(1)
