--TEST--
seed 003 §3.12.6 协程执行流程 (协程的嵌套, child sleeps less): outside in until I/O, the parent does not wait for its child (the seed's comment words the parent's line differently from the code)
--FILE--
<?php
echo "main start\n";
go(function() {
    echo "coro " . co::getcid() . " start\n";
    go(function() {
        echo "coro " . co::getcid() . " start\n";
        co::sleep(.1);
        echo "coro " . co::getcid() . " end\n";
    });
    echo "coro " . co::getcid() . " dont wait child coroutine\n";
    co::sleep(.2);
    echo "coro " . co::getcid() . " end\n";
});
echo "end\n";
/*
main start
coro 1 start
coro 2 start
coro 1 do not wait children coroutine
end
coro 2 end
coro 1 end
*/
?>
--EXPECT--
main start
coro 1 start
coro 2 start
coro 1 dont wait child coroutine
end
coro 2 end
coro 1 end
