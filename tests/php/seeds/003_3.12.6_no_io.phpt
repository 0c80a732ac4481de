--TEST--
seed 003 §3.12.6 协程执行流程 (无IO等待): a coroutine without I/O runs like a function call
--FILE--
<?php
echo "main start\n";
go(function() {
    echo "coro " . co::getcid() . " start\n";
});
echo "end\n";
/*
main start
coro 1 start
end
*/
?>
--EXPECT--
main start
coro 1 start
end
