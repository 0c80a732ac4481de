--TEST--
swoole timer: bad intervals and callables are rejected
--FILE--
<?php
var_dump(Swoole\Timer::after(0, 'strlen'));
var_dump(swoole_timer_tick(-5, 'strlen'));
var_dump(Swoole\Timer::tick(86400001, 'strlen'));
try { Swoole\Timer::after(10, 'no_such_function'); } catch (TypeError $e) { echo get_class($e), "\n"; }
var_dump(Swoole\Timer::stats()['num']);
?>
--EXPECTF--
Warning: Swoole\Timer::after(): Timer must be greater than or equal to 1 in %s on line %d
bool(false)

Warning: swoole_timer_tick(): Timer must be greater than or equal to 1 in %s on line %d
bool(false)

Warning: Swoole\Timer::tick(): Timer must be less than or equal to 86400000 in %s on line %d
bool(false)
TypeError
int(0)
