--TEST--
plugin loader: plugins that depend on each other
--INI--
pcre.jit=0
swoole.plugins[0]=cycb
swoole.plugins[1]=cyca
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(cyca|cycb) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "cyca" (%s/cyca.so) is part of a dependency cycle (cyca -> cycb -> cyca); remove the cycle in Unknown on line 0

Warning: swoole: plugin "cycb" (%s/cycb.so) is part of a dependency cycle (cyca -> cycb -> cyca); remove the cycle in Unknown on line 0
PHP continues
bool(true)
cycb => not loaded: is part of a dependency cycle (cyca -> cycb -> cyca); remove the cycle
cyca => not loaded: is part of a dependency cycle (cyca -> cycb -> cyca); remove the cycle
