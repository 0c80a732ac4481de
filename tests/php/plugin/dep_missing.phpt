--TEST--
plugin loader: a required dependency that is not enabled
--INI--
pcre.jit=0
swoole.plugins[]=needsmissing
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(needsmissing) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "needsmissing" (%s/needsmissing.so) needs plugin "absent", which is not enabled; add swoole.plugins[] = absent to a conf.d file in Unknown on line 0
PHP continues
bool(true)
needsmissing => not loaded: needs plugin "absent", which is not enabled; add swoole.plugins[] = absent to a conf.d file
