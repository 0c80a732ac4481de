--TEST--
plugin loader: swoole.plugin_failure=fatal refuses to start PHP when a plugin fails
--INI--
swoole.plugin_failure=fatal
swoole.plugins[]=nope
--XLEAK--
swoole.plugin_failure=fatal makes PHP's module startup fail; PHP does not free what its startup had registered (a PHP behaviour, not ours).
--FILE--
<?php
echo "not reached\n";
?>
--EXPECTF--
Warning: swoole: plugin "nope" (%s/nope.so) was not found: no such file; install the plugin there or set swoole.plugin_dir to its directory in Unknown on line 0

Fatal error: Unable to start swoole module in Unknown on line 0
