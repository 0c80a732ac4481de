--TEST--
swoole event: an object whose fd comes from __get() (a fresh value, or a reference) is read without leaking that value
--FILE--
<?php
class Probe { function __destruct() { echo "probe released\n"; } }
class Fresh { function __get($n) { echo "__get($n)\n"; return new Probe; } }
class ByRef { public $store; function &__get($n) { $this->store = [str_repeat("y", 10)]; return $this->store; } }
class Good { function __get($n) { return 1; } }
var_dump(Swoole\Event::isset(new Fresh));
var_dump(Swoole\Event::isset(new ByRef));
var_dump(Swoole\Event::isset(new Good));
echo "end\n";
?>
--EXPECTF--
__get(fd)
probe released

Warning: Swoole\Event::isset(): fd argument must be either valid PHP stream or valid PHP socket resource in %s on line %d
bool(false)

Warning: Swoole\Event::isset(): fd argument must be either valid PHP stream or valid PHP socket resource in %s on line %d
bool(false)
bool(false)
end
