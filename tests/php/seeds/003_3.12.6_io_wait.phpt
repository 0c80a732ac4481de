--TEST--
seed 003 §3.12.6 协程执行流程 (IO 等待): control leaves at the I/O wait and comes back after it (the seed's comment drops the leading space of " end")
--FILE--
<?php
echo "main start\n";
go(function() {
    echo "coro " . co::getcid() . " start\n";
    co::sleep(.1);   // switch，切出控制权
    echo "coro " . co::getcid() . " end\n";
});
echo " end\n";
/*
main start
coro 1 start
end
coro 1 end
*/
?>
--EXPECT--
main start
coro 1 start
 end
coro 1 end
