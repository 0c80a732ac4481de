--TEST--
QA: Swoole\Atomic / Atomic\Long extreme values wrap, argument errors, newInstanceWithoutConstructor and subclasses with their own constructor
--FILE--
<?php
use Swoole\Atomic;
$a = new Atomic(-1);
var_dump($a->get(), $a->add(1), $a->sub(1), $a->add(PHP_INT_MIN), $a->set(5 + (1 << 32)), $a->cmpset(5 + (1 << 32), 7), $a->get());
$b = new Atomic\Long(PHP_INT_MAX);
var_dump($b->add(), $b->sub(), $b->cmpset(PHP_INT_MAX, PHP_INT_MIN), $b->get());
foreach ([fn() => $a->add("x"), fn() => $a->add(1, 2), fn() => $a->set(), fn() => $a->wait("abc"),
          fn() => new Atomic(1e20), fn() => $a->cmpset(1), fn() => $b->get(1)] as $f) {
    try { $f(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$r = (new ReflectionClass(Atomic::class))->newInstanceWithoutConstructor();
var_dump($r->add(3), $r->get());
$r = (new ReflectionClass(Atomic\Long::class))->newInstanceWithoutConstructor();
var_dump($r->sub(3));
class MyA extends Atomic { public $x; function __construct() { $this->x = 1; } }
$m = new MyA; var_dump($m->add(2), $m->x);
class MyL extends Atomic\Long { function __construct(int $v) { parent::__construct($v * 2); } }
var_dump((new MyL(21))->get(), (new swoole_atomic_long(-3))->get());
$a->set(2);
var_dump($a->wait(0.01), swoole_last_error() === 22, $a->wakeup(), $a->get());
$a->set(0);
var_dump($a->wait(1e-9), swoole_last_error() === 110, $a->wakeup(PHP_INT_MIN), $a->wait(0.01), $a->wakeup(PHP_INT_MAX), $a->wait(-1));
?>
--EXPECT--
int(4294967295)
int(0)
int(4294967295)
int(4294967295)
NULL
bool(true)
int(7)
int(-9223372036854775808)
int(9223372036854775807)
bool(true)
int(-9223372036854775808)
TypeError: Swoole\Atomic::add(): Argument #1 ($add_value) must be of type int, string given
ArgumentCountError: Swoole\Atomic::add() expects at most 1 argument, 2 given
ArgumentCountError: Swoole\Atomic::set() expects exactly 1 argument, 0 given
TypeError: Swoole\Atomic::wait(): Argument #1 ($timeout) must be of type float, string given
TypeError: Swoole\Atomic::__construct(): Argument #1 ($value) must be of type int, float given
ArgumentCountError: Swoole\Atomic::cmpset() expects exactly 2 arguments, 1 given
ArgumentCountError: Swoole\Atomic\Long::get() expects exactly 0 arguments, 1 given
int(3)
int(3)
int(-3)
int(2)
int(1)
int(42)
int(-3)
bool(false)
bool(true)
bool(true)
int(2)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
