--TEST--
plugin loader: an entry that is not a plugin name
--INI--
pcre.jit=0
swoole.plugins[]=../etc/x
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(\.\.\/etc\/x) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "../etc/x" (%s/../etc/x.so) has an invalid name: expected letters, digits, '_' or '-', found "../etc/x"; fix the swoole.plugins[] entry in Unknown on line 0
PHP continues
bool(true)
../etc/x => not loaded: has an invalid name: expected letters, digits, '_' or '-', found "../etc/x"; fix the swoole.plugins[] entry
