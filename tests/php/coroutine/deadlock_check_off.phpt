--TEST--
swoole coroutine: enable_deadlock_check => false silences the report; the waiting coroutines are still unwound
--FILE--
<?php
Co::set(['enable_deadlock_check' => false]);
class Held { public function __destruct() { echo "destructed\n"; } }
go(function () {
    $h = new Held;
    Co::yield();
});
echo "main end\n";
?>
--EXPECT--
main end
destructed
