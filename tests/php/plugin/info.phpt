--TEST--
plugin loader: php --ri swoole lists the SDK, each plugin and the plugin's own info rows
--INI--
swoole.plugins[0]=good
swoole.plugins[1]=nope
--FILE--
<?php
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
echo substr($info, strpos($info, "Plugins")), "\n";
?>
--EXPECTF--
Warning: swoole: plugin "nope" (%s/nope.so) was not found: %s
Plugins%w
SDK version => 1.3
good => loaded: version 1.2.3, SDK 1.3, %s/good.so
nope => not loaded: was not found: no such file; install the plugin there or set swoole.plugin_dir to its directory
%w
%wgood%w
good answer => 42
%A
swoole.plugin_dir => %s => %s
swoole.plugin_failure => warn => warn
%A
