--TEST--
plugin loader: a shared object without the descriptor function
--INI--
pcre.jit=0
swoole.plugins[]=notplugin
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(notplugin) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "notplugin" (%s/notplugin.so) is not a swoole plugin: expected the exported function sw_plugin_descriptor(), found none; build it with SW_PLUGIN_DEFINE() from swoole-sdk in Unknown on line 0
PHP continues
bool(true)
notplugin => not loaded: is not a swoole plugin: expected the exported function sw_plugin_descriptor(), found none; build it with SW_PLUGIN_DEFINE() from swoole-sdk
