--TEST--
swoole coroutine: a coroutine started by a destructor at request shutdown (after the loop ran) still runs to its end
--FILE--
<?php
class Logger {
    function __destruct() {
        go(function () {
            Co::sleep(0.001);
            echo "flushed from a coroutine\n";
            Swoole\Timer::after(1, function () { echo "and a timer it set\n"; });
        });
        echo "destructor returns\n";
    }
}
$logger = new Logger;
go(function () { Co::sleep(0.001); echo "main work\n"; });
echo "script end\n";
?>
--EXPECT--
script end
main work
destructor returns
flushed from a coroutine
and a timer it set
