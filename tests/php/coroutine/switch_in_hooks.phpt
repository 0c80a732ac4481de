--TEST--
swoole coroutine: switches inside an autoloader, an error handler, an included file, preg_replace_callback, array_walk by reference, an output buffer callback and a 20000-deep recursion
--FILE--
<?php
function step(string $tag): void
{
    echo "  $tag: yield\n";
    Co::yield();
    echo "  $tag: resumed\n";
}
spl_autoload_register(function ($class) {
    step("autoload $class");
    eval("class $class { const NAME = '$class'; }");
});
set_error_handler(function ($no, $str) {
    step("error handler");
    echo "  handled: $str\n";
    return true;
});
function deep(int $n): int
{
    if ($n === 0) {
        step("recursion 20000 deep");
        return 0;
    }
    return deep($n - 1) + 1;
}
$inc = sys_get_temp_dir() . '/sw_switch_in_hooks_' . getmypid() . '.php';
file_put_contents($inc, '<?php step("top of an included file"); return 42;');

Co\run(function () use ($inc) {
    $w = go(function () use ($inc) {
        $v = Lazy::NAME;
        echo "class: $v\n";
        $v = $undefined;
        echo "after the warning\n";
        $v = include $inc;
        echo "include returned $v\n";
        $v = preg_replace_callback('/\d/', function ($m) { step("preg_replace_callback {$m[0]}"); return $m[0] * 2; }, 'a1b2');
        echo "preg: $v\n";
        $a = [1, 2];
        array_walk($a, function (&$x) { step("array_walk $x"); $x *= 3; });
        echo "array_walk: ", implode(',', $a), "\n";
        // What step() prints inside the output callback is discarded, as PHP does; "driver 8"
        // shows the switch happened there.
        ob_start(function ($buf) { step("output callback"); return strtoupper($buf); });
        echo "buffered then upper-cased\n";
        ob_end_flush();
        $v = deep(20000);
        echo "recursion: $v\n";
    });
    $n = 0;
    while (Co::exists($w)) {
        echo "driver ", ++$n, "\n";
        Co::resume($w);
    }
});
unlink($inc);
?>
--EXPECT--
  autoload Lazy: yield
driver 1
  autoload Lazy: resumed
class: Lazy
  error handler: yield
driver 2
  error handler: resumed
  handled: Undefined variable $undefined
after the warning
  top of an included file: yield
driver 3
  top of an included file: resumed
include returned 42
  preg_replace_callback 1: yield
driver 4
  preg_replace_callback 1: resumed
  preg_replace_callback 2: yield
driver 5
  preg_replace_callback 2: resumed
preg: a2b4
  array_walk 1: yield
driver 6
  array_walk 1: resumed
  array_walk 2: yield
driver 7
  array_walk 2: resumed
array_walk: 3,6
driver 8
BUFFERED THEN UPPER-CASED
  recursion 20000 deep: yield
driver 9
  recursion 20000 deep: resumed
recursion: 20000
