--TEST--
xdebug: trace and profile modes follow coroutines across switches without crashing and write their files
--SKIPIF--
<?php
if (!file_exists('/usr/lib/php/20220829/xdebug.so')) die('skip xdebug.so (php8.2-xdebug) not installed');
?>
--FILE--
<?php
// Each mode runs in a child PHP with xdebug loaded (the parent cannot switch modes).
$so = getenv('SWOOLE_SO') ?: realpath(__DIR__ . '/../../../php/.libs/swoole.so');
$code = <<<'PHP'
<?php
function leaf($ch, $n) { Co::sleep(0.01 * $n); $ch->push($n); return $n; }
function mid($ch, $n) { return leaf($ch, $n) + 1; }
class K {
    public static $n = 0;
    public function __destruct() { Co::sleep(0.001); self::$n++; }
}
Co\run(function () {
    $ch = new Swoole\Coroutine\Channel(2);
    foreach ([1, 2, 3] as $n)
        go(function () use ($ch, $n) { $k = new K; mid($ch, $n); });
    $sum = 0;
    for ($i = 0; $i < 3; $i++)
        $sum += $ch->pop();
    echo "sum $sum\n";
    $f = new Fiber(function () { Co::sleep(0.02); Fiber::suspend(1); return 2; });
    $f->start();
    $f->resume();
    echo "fiber ", $f->getReturn(), "\n";
});
echo "K destructed ", K::$n, " times\n";
echo "done\n";
PHP;
$dir = sys_get_temp_dir() . '/sw_xdebug_' . getmypid();
@mkdir($dir);
$script = "$dir/script.php";
file_put_contents($script, $code);
foreach (['trace', 'profile', 'debug,develop'] as $mode) {
    $cmd = [PHP_BINARY, '-n', '-d', 'zend_extension=/usr/lib/php/20220829/xdebug.so', '-d', "extension=$so",
            '-d', "xdebug.mode=$mode", '-d', "xdebug.output_dir=$dir", '-d', 'xdebug.start_with_request=yes',
            '-d', 'xdebug.log_level=0', '-d', 'xdebug.client_port=1', $script];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    $status = proc_close($p);
    $files = array_values(array_diff(glob("$dir/*"), [$script]));
    $sizes = array_map('filesize', $files);
    echo "--- $mode: status $status\n$out", $err === '' ? '' : "stderr: $err\n";
    echo "files: ", count($files), ", all non-empty: ", var_export(!in_array(0, $sizes, true), true), "\n";
    if ($mode === 'trace' && $files) {
        $t = file_get_contents($files[0]);
        echo "trace mentions leaf, mid and Channel->pop: ",
             var_export(str_contains($t, 'leaf(') && str_contains($t, 'mid(') && str_contains($t, 'Swoole\Coroutine\Channel->pop('), true), "\n";
    }
    array_map('unlink', $files);
}
unlink($script);
rmdir($dir);
?>
--EXPECT--
--- trace: status 0
sum 6
fiber 2
K destructed 3 times
done
files: 1, all non-empty: true
trace mentions leaf, mid and Channel->pop: true
--- profile: status 0
sum 6
fiber 2
K destructed 3 times
done
files: 1, all non-empty: true
--- debug,develop: status 0
sum 6
fiber 2
K destructed 3 times
done
files: 0, all non-empty: true
