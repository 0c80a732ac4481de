--TEST--
plugin loader: plugins start in dependency order (ties by name), whatever the list order
--DESCRIPTION--
orda needs ordb, ordb needs ordc; each fixture's startup requires its dependency's
service, so a wrong order would fail with a warning. php --ri lists them in start order.
--INI--
pcre.jit=0
swoole.plugins[0]=ordz
swoole.plugins[1]=orda
swoole.plugins[2]=ordc
swoole.plugins[3]=ordb
swoole.plugins[4]=orda
--FILE--
<?php
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (preg_match('/^ord. => /', $line))
        echo $line, "\n";
?>
--EXPECTF--
ordc => loaded: version 1.0.0, SDK 1.3, %s/ordc.so, used by ordb
ordb => loaded: version 1.0.0, SDK 1.3, %s/ordb.so, used by orda
orda => loaded: version 1.0.0, SDK 1.3, %s/orda.so
ordz => loaded: version 1.0.0, SDK 1.3, %s/ordz.so
