--TEST--
plugin loader: a descriptor with the wrong magic
--INI--
pcre.jit=0
swoole.plugins[]=badmagic
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(badmagic) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "badmagic" (%s/badmagic.so) is not a swoole plugin: descriptor magic is 0x12345678, expected 0x53575031; rebuild it with SW_PLUGIN_DEFINE() from swoole-sdk 1.3 in Unknown on line 0
PHP continues
bool(true)
badmagic => not loaded: is not a swoole plugin: descriptor magic is 0x12345678, expected 0x53575031; rebuild it with SW_PLUGIN_DEFINE() from swoole-sdk 1.3
