--TEST--
plugin loader: swoole.plugins[] accumulates across conf.d files and -d options
--DESCRIPTION--
run-tests.php keeps one value per --INI-- key (the other tests use swoole.plugins[N]), so
this one runs a child PHP the way a user does: a scan dir with one file per plugin, plus
-d 'swoole.plugins[]=...' on the command line.
--SKIPIF--
<?php if (!is_readable('/proc/self/maps')) die('skip needs /proc/self/maps');
--INI--
pcre.jit=0
--FILE--
<?php
preg_match('~\S+/swoole\.so$~m', file_get_contents('/proc/self/maps'), $m);
$so = $m[0];
$dir = sys_get_temp_dir() . '/swoole-ini-array-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/php.ini", "");   // -c: no system php.ini, but a scan dir
file_put_contents("$dir/20-swoole.ini", "extension=$so\n");
file_put_contents("$dir/30-swoole-ordc.ini", "swoole.plugins[] = ordc\n");
file_put_contents("$dir/30-swoole-orda.ini", "swoole.plugins[] = orda\n");
$cmd = 'PHP_INI_SCAN_DIR=' . escapeshellarg($dir) . ' ' . escapeshellarg(PHP_BINARY)
    . ' -c ' . escapeshellarg("$dir/php.ini")
    . ' -d ' . escapeshellarg('swoole.plugin_dir=' . ini_get('swoole.plugin_dir'))
    . ' -d ' . escapeshellarg('swoole.plugins[]=ordb')
    . ' -d ' . escapeshellarg('swoole.plugins[]=ordz')
    . ' -d pcre.jit=0'
    . ' -r ' . escapeshellarg('ob_start(); (new ReflectionExtension("swoole"))->info();'
        . ' echo ob_get_clean();') . ' 2>&1';
exec($cmd, $lines);
foreach ($lines as $l)
    if (preg_match('/^ord. => /', $l))
        echo preg_replace('~, /.*?\.so~', '', $l), "\n";
array_map('unlink', glob("$dir/*.ini"));
rmdir($dir);
?>
--EXPECT--
ordc => loaded: version 1.0.0, SDK 1.3, used by ordb
ordb => loaded: version 1.0.0, SDK 1.3, used by orda
orda => loaded: version 1.0.0, SDK 1.3
ordz => loaded: version 1.0.0, SDK 1.3
