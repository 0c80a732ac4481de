--TEST--
plugin: a good plugin exposes a class with a native struct, a subclass of a core class and an ini entry
--INI--
swoole.plugins[]=good
swoole.good.answer=7
--FILE--
<?php
$g = new Swoole\Test\Good(5);
var_dump($g->get());
var_dump($g->sameNative($g), $g->sameNative(new Swoole\Test\Good(1)), $g->sameNative(new stdClass));
var_dump(Swoole\Test\Good::answer(), ini_get('swoole.good.answer'));
var_dump(Swoole\Test\Good::requests());
try {
    Swoole\Test\Good::fail();
} catch (Swoole\Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), " (", $e->getCode(), "), last error ", swoole_last_error(), "\n";
}
$e = new Swoole\Test\GoodException("x");
var_dump($e instanceof Swoole\Exception, get_parent_class($e));
var_dump(class_exists('Co\TestGood'));
try {
    clone $g;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
class Mine extends Swoole\Test\Good {}
$m = new Mine(9);
var_dump($m->get(), $m->sameNative($m));
$g = $m = null;
var_dump(Swoole\Test\Good::frees());
?>
--EXPECT--
int(5)
bool(true)
bool(false)
bool(false)
int(7)
string(1) "7"
int(1)
Swoole\Exception: good failed on purpose (508), last error 508
bool(true)
string(16) "Swoole\Exception"
bool(true)
Trying to clone an uncloneable object of class Swoole\Test\Good
int(9)
bool(true)
int(3)
