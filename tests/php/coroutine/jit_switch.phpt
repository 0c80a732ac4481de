--TEST--
swoole coroutine: switches inside hot loops compiled by opcache's tracing JIT (the JIT trace number follows the coroutine)
--SKIPIF--
<?php
if (!file_exists(ini_get('extension_dir') . '/opcache.so')) die('skip opcache.so not installed');
if (getenv('USE_ZEND_ALLOC') === '0') die('skip JIT code under valgrind needs --smc-check=all');
?>
--INI--
zend_extension=opcache
opcache.enable_cli=1
opcache.jit_buffer_size=32M
opcache.jit=tracing
opcache.jit_hot_loop=1
opcache.jit_hot_func=1
opcache.jit_hot_return=1
opcache.jit_hot_side_exit=1
--FILE--
<?php
function hot($name, $n) { $s = 0; for ($i = 0; $i < $n; $i++) { $s += $i % 7; if ($i % 100 == 0) Co::yield(); } return "$name $s"; }
$st = function_exists('opcache_get_status') ? opcache_get_status(false) : null;
echo "jit on: ", var_export($st['jit']['on'] ?? false, true), "\n";
Co\run(function () {
    $res = [];
    $a = go(function () use (&$res) { $res[] = hot('A', 20000); });
    $b = go(function () use (&$res) { $res[] = hot('B', 30000); });
    $n = 0;
    while (Co::exists($a) || Co::exists($b)) {
        if (Co::exists($a)) Co::resume($a);
        if (Co::exists($b)) Co::resume($b);
        $n++;
    }
    sort($res);
    echo implode("\n", $res), "\nrounds $n\n";
});
?>
--EXPECT--
jit on: true
A 59997
B 89995
rounds 300
