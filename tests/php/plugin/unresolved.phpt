--TEST--
plugin loader: a plugin with an undefined symbol fails at load, not when called (-z now)
--INI--
pcre.jit=0
swoole.plugins[]=unresolved
--FILE--
<?php
echo "PHP continues\n";
var_dump(extension_loaded('swoole'));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^(unresolved) => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
Warning: swoole: plugin "unresolved" (%s/unresolved.so) cannot be loaded: %s/unresolved.so: undefined symbol: sw_fixture_symbol_nobody_defines; rebuild it against this swoole and PHP in Unknown on line 0
PHP continues
bool(true)
unresolved => not loaded: cannot be loaded: %s/unresolved.so: undefined symbol: sw_fixture_symbol_nobody_defines; rebuild it against this swoole and PHP
