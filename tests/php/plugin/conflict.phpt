--TEST--
plugin loader: two plugins that conflict
--INI--
pcre.jit=0
swoole.plugins[0]=conflicting
swoole.plugins[1]=good
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
var_dump((new Swoole\Test\Good(3))->get());
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(conflicting|good) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "conflicting" (%s/conflicting.so) conflicts with plugin "good" (%s/good.so), which is enabled too; remove one of them from swoole.plugins[] in Unknown on line 0
PHP continues
bool(true)
int(3)
good => loaded: version 1.2.3, SDK 1.3, %s/good.so
conflicting => not loaded: conflicts with plugin "good" (%s/good.so), which is enabled too; remove one of them from swoole.plugins[]
