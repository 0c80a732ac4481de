--TEST--
plugin loader: a plugin whose startup returns an error
--INI--
pcre.jit=0
swoole.plugins[]=failstart
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(failstart) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "failstart" (%s/failstart.so) failed to start: startup returned -505 (the fixture refuses to start); see the plugin's documentation or its swoole.failstart.* settings in Unknown on line 0
PHP continues
bool(true)
failstart => not loaded: failed to start: startup returned -505 (the fixture refuses to start); see the plugin's documentation or its swoole.failstart.* settings
