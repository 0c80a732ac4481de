--TEST--
swoole: module loads, reports its version and features
--FILE--
<?php
var_dump(extension_loaded('swoole'));
var_dump(SWOOLE_VERSION === swoole_version());
var_dump(is_int(SWOOLE_VERSION_ID));
$r = new ReflectionExtension('swoole');
ob_start();
$r->info();
$info = ob_get_clean();
var_dump(str_contains($info, 'Version => ' . SWOOLE_VERSION));
var_dump(str_contains($info, 'coroutine => enabled'));
var_dump(filter_var(ini_get('swoole.use_shortname'), FILTER_VALIDATE_BOOLEAN));
var_dump(function_exists('go'), class_exists('Co'), class_exists('Swoole\Coroutine'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
