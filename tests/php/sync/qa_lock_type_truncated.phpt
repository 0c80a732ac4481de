--TEST--
QA: Swoole\Lock rejects a type outside the int range of the kinds and names it as given (2**32+3 is no MUTEX; PHP_INT_MAX is named as such)
--FILE--
<?php
foreach ([(1 << 32) + SWOOLE_MUTEX, PHP_INT_MAX] as $t) {
    try { new Swoole\Lock($t); echo "$t accepted\n"; }
    catch (Swoole\Exception $e) { echo $e->getMessage(), "\n"; }
}
?>
--EXPECT--
unknown lock type 4294967299
unknown lock type 9223372036854775807
