--TEST--
plugin loader: a plugin that needs a newer SDK minor
--INI--
pcre.jit=0
swoole.plugins[]=sdkminor
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(sdkminor) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "sdkminor" (%s/sdkminor.so) needs SDK 1.99, core provides 1.3; rebuild it against swoole-sdk 1.3 or upgrade swoole in Unknown on line 0
PHP continues
bool(true)
sdkminor => not loaded: needs SDK 1.99, core provides 1.3; rebuild it against swoole-sdk 1.3 or upgrade swoole
