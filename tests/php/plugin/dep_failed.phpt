--TEST--
plugin loader: a required dependency that failed (listed after its dependent)
--INI--
pcre.jit=0
swoole.plugins[0]=needsfailed
swoole.plugins[1]=failstart
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(failstart|needsfailed) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "failstart" (%s/failstart.so) failed to start: startup returned -505 (the fixture refuses to start); see the plugin's documentation or its swoole.failstart.* settings in Unknown on line 0

Warning: swoole: plugin "needsfailed" (%s/needsfailed.so) needs plugin "failstart", which failed to load (%s/failstart.so); fix "failstart" first in Unknown on line 0
PHP continues
bool(true)
needsfailed => not loaded: needs plugin "failstart", which failed to load (%s/failstart.so); fix "failstart" first
failstart => not loaded: failed to start: startup returned -505 (the fixture refuses to start); see the plugin's documentation or its swoole.failstart.* settings
