--TEST--
plugin loader: a plugin built for another PHP build (ZTS, debug)
--INI--
pcre.jit=0
swoole.plugins[]=buildid
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(buildid) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "buildid" (%s/buildid.so) was built for PHP build API20220829,TS,debug, this PHP is API%s; rebuild it against this PHP (php-config %s) in Unknown on line 0
PHP continues
bool(true)
buildid => not loaded: was built for PHP build API20220829,TS,debug, this PHP is API%s; rebuild it against this PHP (php-config %s)
