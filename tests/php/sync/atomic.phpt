--TEST--
Swoole\Atomic / Swoole\Atomic\Long: add/sub/get/set/cmpset with uint32 and int64 wrap-around, defaults, the swoole_atomic aliases; no clone, no serialize; wait() takes a pending wakeup at once and times out with ETIMEDOUT; a counter above 1 is no flag
--FILE--
<?php
use Swoole\Atomic;

$a = new Atomic(5);
var_dump($a->add(), $a->add(10), $a->sub(3), $a->get());
$a->set(0);
var_dump($a->sub(1));                    // wraps below zero: uint32
var_dump($a->add(2));                    // and back over the top
$a->set(-1);
var_dump($a->get());
$a->set(0x1_0000_0007);                  // only the low 32 bits are kept
var_dump($a->get());
var_dump($a->cmpset(8, 9), $a->get(), $a->cmpset(7, 9), $a->get());
var_dump((new Atomic)->get(), (new Atomic(-2))->get());

$l = new Atomic\Long(PHP_INT_MAX);
var_dump($l->add(), $l->sub(), $l->get());
$l->set(-5);
var_dump($l->add(-5), $l->sub(-20), $l->cmpset(10, 1), $l->cmpset(11, 1), $l->get());
var_dump((new Atomic\Long)->get());

var_dump(new swoole_atomic(3) instanceof Atomic, (new swoole_atomic_long(4))->get());

// an object made without its constructor still has its counter
$r = (new ReflectionClass(Atomic::class))->newInstanceWithoutConstructor();
var_dump($r->add(3));

try { $b = clone $a; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { serialize($l); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a->add("x"); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

// wait/wakeup within one process: a pending wakeup is taken at once
$f = new Atomic(0);
var_dump($f->wakeup(), $f->get(), $f->wakeup(), $f->get());   // the second finds it pending
var_dump($f->wait(), $f->get());
$t = microtime(true);
var_dump($f->wait(0.05), swoole_last_error() === 110 /* ETIMEDOUT */, microtime(true) - $t >= 0.045);
$f->set(5);
var_dump($f->wait(0.05), swoole_last_error() === 22 /* EINVAL */, $f->get());
?>
--EXPECT--
int(6)
int(16)
int(13)
int(13)
int(4294967295)
int(1)
int(4294967295)
int(7)
bool(false)
int(7)
bool(true)
int(9)
int(0)
int(4294967294)
int(-9223372036854775808)
int(9223372036854775807)
int(9223372036854775807)
int(-10)
int(10)
bool(true)
bool(false)
int(1)
int(0)
bool(true)
int(4)
int(3)
Error: Trying to clone an uncloneable object of class Swoole\Atomic
Exception: Serialization of 'Swoole\Atomic\Long' is not allowed
TypeError: Swoole\Atomic::add(): Argument #1 ($add_value) must be of type int, string given
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(0)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
int(5)
