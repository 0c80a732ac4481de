--TEST--
swoole coroutine: running out of memory in a coroutine ends the process; no other coroutine, defer or finally runs afterwards
--SKIPIF--
<?php if (getenv('USE_ZEND_ALLOC') === '0') die('skip the memory limit needs the Zend allocator (not under valgrind)'); ?>
--INI--
memory_limit=16M
--FILE--
<?php
go(function () {
    defer(function () { echo "defer?!\n"; });
    Co::sleep(0.001);
    try {
        $a = [];
        while (true)
            $a[] = str_repeat("x", 10000);
    } finally {
        echo "finally?!\n";
    }
});
go(function () {
    Co::sleep(0.05);
    echo "b?!\n";
});
echo "main end\n";
?>
--EXPECTF--
main end

Fatal error: Allowed memory size of 16777216 bytes exhausted%s(tried to allocate %d bytes) in %s on line %d
