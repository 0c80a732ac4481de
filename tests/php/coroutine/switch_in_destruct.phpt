--TEST--
swoole coroutine: a destructor cannot switch or create coroutines (as PHP forbids fiber switches there); the coroutine goes on
--FILE--
<?php
class Guard
{
    public function __construct(public string $name) {}
    public function __destruct()
    {
        echo "destruct {$this->name} in coroutine ", Co::getCid(), "\n";
        try {
            Co::yield();
            echo "yielded?!\n";
        } catch (Swoole\Error $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
        try {
            go(function () { echo "child?!\n"; });
        } catch (Swoole\Error $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
        // defer() does not switch: it is allowed.
        defer(function () { echo "defer registered by {$this->name}\n"; });
    }
}

Co\run(function () {
    $g = new Guard('a');
    $g = null;
    echo "after destruct a\n";
    Co::sleep(0.001);
    $keep = new Guard('b');  // destroyed when the coroutine's frame is released
    echo "coroutine body ends\n";
});
echo "done\n";
?>
--EXPECT--
destruct a in coroutine 1
Swoole\Error: Cannot switch coroutines in this context
Swoole\Error: Cannot create a coroutine in this context
after destruct a
coroutine body ends
destruct b in coroutine 1
Swoole\Error: Cannot switch coroutines in this context
Swoole\Error: Cannot create a coroutine in this context
defer registered by b
defer registered by a
done
