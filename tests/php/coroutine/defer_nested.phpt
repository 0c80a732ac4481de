--TEST--
swoole coroutine: a defer may defer() again (the list grows while it runs) and switch; defers see the context, which is released after them
--FILE--
<?php
class InContext
{
    public function __destruct() { echo "context object destructed in coroutine ", Co::getCid(), "\n"; }
}
Co\run(function () {
    go(function () {
        Co::getContext()['obj'] = new InContext;
        defer(function () {
            echo "defer 1, context has ", count(Co::getContext()), " item\n";
            // enough to reallocate the defer list while defer 1 runs
            for ($i = 2; $i <= 9; $i++)
                defer(function () use ($i) { echo "defer $i pushed by defer 1\n"; });
            Co::sleep(0.001);
            echo "defer 1 resumed\n";
        });
        echo "body ends\n";
    });
    echo "main waits\n";
});
echo "done\n";
?>
--EXPECT--
body ends
defer 1, context has 1 item
main waits
defer 1 resumed
defer 9 pushed by defer 1
defer 8 pushed by defer 1
defer 7 pushed by defer 1
defer 6 pushed by defer 1
defer 5 pushed by defer 1
defer 4 pushed by defer 1
defer 3 pushed by defer 1
defer 2 pushed by defer 1
context object destructed in coroutine 2
done
