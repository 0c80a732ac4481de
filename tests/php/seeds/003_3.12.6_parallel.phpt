--TEST--
seed 003 §3.12.6 协程执行流程 (协程并行): coroutines run one after the other (the seed's comment trims " end ")
--FILE--
<?php
echo "main start\n";
go(function() {
    echo "coro " . co::getcid() . " start\n";
    co::sleep(.1);   // switch, 切除控制权
    echo "coro " . co::getcid() . " end\n";
});
echo "main flag\n";
go(function() {
    echo "coro " . co::getcid() . " start\n";
    co::sleep(.1);
    echo "coro " . co::getcid() . " end\n";
});
echo " end \n";
/*
main start
coro 1 start
main flag
coro 2 start
end
coro 1 end
coro 2 end
*/
?>
--EXPECT--
main start
coro 1 start
main flag
coro 2 start
 end 
coro 1 end
coro 2 end
