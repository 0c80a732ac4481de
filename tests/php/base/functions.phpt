--TEST--
swoole: the swoole_* helper functions
--FILE--
<?php
var_dump(swoole_version() === SWOOLE_VERSION);
var_dump(swoole_cpu_num() >= 1);
swoole_clear_error();
var_dump(swoole_last_error());
var_dump(swoole_strerror(SWOOLE_ERROR_CO_OUT_OF_COROUTINE) !== '');
var_dump(swoole_strerror(2, SWOOLE_STRERROR_GAI) !== '');
var_dump(swoole_strerror(111));
var_dump(is_array(swoole_get_local_ip()));
var_dump(is_array(swoole_get_local_mac()));
swoole_async_set(['enable_coroutine' => true, 'log_level' => SWOOLE_LOG_WARNING]);
// A failing core call records its code for swoole_last_error().
var_dump(Co::resume(12345), swoole_last_error() === SWOOLE_ERROR_CO_NOT_EXISTS);
?>
--EXPECTF--
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
string(%d) "Connection refused"
bool(true)
bool(true)

Warning: Swoole\Coroutine::resume(): you can not resume the coroutine which is in IO operation or non-existent in %s on line %d
bool(false)
bool(true)
