--TEST--
swoole: swoole.use_shortname=Off leaves go(), co and chan undefined
--INI--
swoole.use_shortname=Off
--FILE--
<?php
var_dump(function_exists('go'), function_exists('defer'), class_exists('Co', false));
var_dump(class_exists('Swoole\Coroutine'), function_exists('Swoole\Coroutine\run'));
Swoole\Coroutine\run(function () { echo "cid ", Swoole\Coroutine::getCid(), "\n"; });
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
cid 1
