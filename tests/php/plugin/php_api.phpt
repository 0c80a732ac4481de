--TEST--
plugin loader: a plugin built for another PHP API number
--INI--
pcre.jit=0
swoole.plugins[]=phpapi
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(phpapi) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "phpapi" (%s/phpapi.so) was built for PHP API 20200930, this PHP is %d; rebuild it against this PHP (php-config %s) in Unknown on line 0
PHP continues
bool(true)
phpapi => not loaded: was built for PHP API 20200930, this PHP is %d; rebuild it against this PHP (php-config %s)
