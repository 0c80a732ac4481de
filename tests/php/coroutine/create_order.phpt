--TEST--
swoole coroutine: go() runs at once until the first suspension, then returns to the creator
--FILE--
<?php
echo "main start\n";
$cid = go(function () {
    echo "co 1 start\n";
    Co::sleep(0.2);
    echo "co 1 end\n";
});
var_dump($cid);
go(function () {
    echo "co 2 start\n";
    go(function () {
        echo "co 3 (nested) start\n";
        Co::sleep(0.001);
        echo "co 3 end\n";
    });
    echo "co 2 end\n";
});
echo "main end\n";
?>
--EXPECT--
main start
co 1 start
int(1)
co 2 start
co 3 (nested) start
co 2 end
main end
co 3 end
co 1 end
