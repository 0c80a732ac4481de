--TEST--
swoole coroutine: error_reporting follows each coroutine, as for fibers (an @ in one coroutine does not silence another)
--FILE--
<?php
function silenced() {
    echo "A: error_reporting inside @ before the switch: ", error_reporting(), "\n";
    Co::yield();
    echo "A: error_reporting inside @ after the switch: ", error_reporting(), "\n";
    trigger_error("A's warning must stay silent", E_USER_WARNING);
    return 7;
}
Co\run(function () {
    $a = go(function () { $r = @silenced(); echo "A: returned $r, error_reporting ", error_reporting(), "\n"; });
    echo "main: error_reporting ", error_reporting(), "\n";
    trigger_error("main's warning is shown", E_USER_WARNING);
    $b = go(function () {
        echo "B: error_reporting ", error_reporting(), "\n";
        trigger_error("B's warning is shown while A is inside @", E_USER_WARNING);
        Co::yield();
    });
    Co::resume($a);
    echo "main after A: error_reporting ", error_reporting(), "\n";
    $c = go(function () { error_reporting(0); Co::yield(); echo "C: ", error_reporting(), "\n"; });
    echo "main: ", error_reporting(), "\n";
    Co::resume($c);
    Co::resume($b);
});
echo "after run: ", error_reporting(), "\n";
?>
--EXPECTF--
A: error_reporting inside @ before the switch: 4437
main: error_reporting 32767

Warning: main's warning is shown in %s on line 12
B: error_reporting 32767

Warning: B's warning is shown while A is inside @ in %s on line 15
A: error_reporting inside @ after the switch: 4437
A: returned 7, error_reporting 32767
main after A: error_reporting 32767
main: 32767
C: 0
after run: 32767
