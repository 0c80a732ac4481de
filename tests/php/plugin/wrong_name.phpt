--TEST--
plugin loader: a descriptor whose name is not the file's
--INI--
pcre.jit=0
swoole.plugins[]=wrongname
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(wrongname) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "wrongname" (%s/wrongname.so) declares the name "other", expected "wrongname"; rename the file to other.so or fix swoole.plugins[] in Unknown on line 0
PHP continues
bool(true)
wrongname => not loaded: declares the name "other", expected "wrongname"; rename the file to other.so or fix swoole.plugins[]
