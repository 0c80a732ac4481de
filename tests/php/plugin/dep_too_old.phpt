--TEST--
plugin loader: a dependency older than required; the dependency itself loads
--INI--
pcre.jit=0
swoole.plugins[0]=tooold
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
    if (preg_match('/^(good|tooold) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "tooold" (%s/tooold.so) needs plugin "good" >= 9.0, found 1.2.3 (%s/good.so); upgrade "good" in Unknown on line 0
PHP continues
bool(true)
int(3)
good => loaded: version 1.2.3, SDK 1.3, %s/good.so
tooold => not loaded: needs plugin "good" >= 9.0, found 1.2.3 (%s/good.so); upgrade "good"
