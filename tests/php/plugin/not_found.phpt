--TEST--
plugin loader: a plugin whose file does not exist
--INI--
pcre.jit=0
swoole.plugins[]=nope
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(nope) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "nope" (%s/nope.so) was not found: no such file; install the plugin there or set swoole.plugin_dir to its directory in Unknown on line 0
PHP continues
bool(true)
nope => not loaded: was not found: no such file; install the plugin there or set swoole.plugin_dir to its directory
