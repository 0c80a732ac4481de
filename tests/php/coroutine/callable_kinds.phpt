--TEST--
swoole coroutine: go() runs every kind of callable (closures with $this and arguments, static closures, first-class callables, __call and __invoke, strings, arrays, a deprecated function) as the same callable called directly would run
--FILE--
<?php
class Box {
    private $v = 'box';
    public function get() { return function ($a) { echo "closure this=", $this->v, " arg=$a\n"; }; }
    public function m($a = 'none') { echo "method arg=$a\n"; }
    public static function s($a = 'none') { echo "static arg=$a\n"; }
    public function __call($n, $args) { echo "__call $n(", implode(',', $args), ")\n"; }
    public function __invoke($a = 'none') { echo "__invoke arg=$a\n"; }
}
function plain($a = 'none') { echo "plain arg=$a\n"; }

$b = new Box;
go($b->get(), 1);
go(static function () { echo "static closure\n"; });
go(function (...$xs) { echo "variadic ", implode(',', $xs), "\n"; }, 1, 2, 3);
go($b->m(...));
go($b->m(...), 'fcc');
go($b->undefined(...));
go(Closure::fromCallable([$b, 'other']), 'x');
go(Box::s(...), 'st');
go('plain');
go('plain', 'p');
go([$b, 'm'], 'arr');
go('Box::s');
go($b);
go($b, 'inv');
go(function () { return 42; });
$n = 0;
go(function () use (&$n) { $n++; });
echo "n=$n\n";
try {
    go('no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    go();
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "done\n";
?>
--EXPECT--
closure this=box arg=1
static closure
variadic 1,2,3
method arg=none
method arg=fcc
__call undefined()
__call other(x)
static arg=st
plain arg=none
plain arg=p
method arg=arr
static arg=none
__invoke arg=none
__invoke arg=inv
n=1
TypeError: go(): Argument #1 ($func) must be a valid callback, function "no_such_function" not found or invalid function name
ArgumentCountError: go() expects at least 1 argument, 0 given
done
