--TEST--
plugin loader: a plugin built for another SDK major
--INI--
pcre.jit=0
swoole.plugins[]=sdkmajor
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(sdkmajor) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "sdkmajor" (%s/sdkmajor.so) was built for SDK 2.x, core provides 1.3; rebuild it against swoole-sdk 1.3 or use a swoole with SDK 2 in Unknown on line 0
PHP continues
bool(true)
sdkmajor => not loaded: was built for SDK 2.x, core provides 1.3; rebuild it against swoole-sdk 1.3 or use a swoole with SDK 2
