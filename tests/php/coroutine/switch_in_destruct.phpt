--TEST--
swoole coroutine: destructors may switch (Co::yield, Co::sleep) and create coroutines, also when run by the cycle collector; other coroutines are not blocked meanwhile
--FILE--
<?php
function step(string $tag): void
{
    echo "  $tag: yield\n";
    Co::yield();
    echo "  $tag: resumed\n";
}
class Guard
{
    public function __construct(public string $name) {}
    public function __destruct()
    {
        step("__destruct({$this->name})");
        go(function () { echo "  child created in a destructor\n"; });
        defer(function () { echo "defer registered by {$this->name}\n"; });
        echo "  destroyed {$this->name}\n";
    }
}
class Cycle
{
    public $self;
    public function __construct(public string $name) { $this->self = $this; }
    public function __destruct()
    {
        echo "gc destructor {$this->name} in coroutine ", Co::getCid(), "\n";
        Co::sleep(0.005);
        echo "gc destructor {$this->name} resumed\n";
    }
}

Co\run(function () {
    $w = go(function () {
        $g = new Guard('g1');
        $g = null;
        echo "after unset\n";
        $last = new Guard('g2');  // destroyed as the coroutine's frame is released
        echo "worker returns\n";
    });
    $n = 0;
    while (Co::exists($w)) {
        echo "driver ", ++$n, "\n";
        go(function () { echo "the driver can create coroutines\n"; });
        Co::resume($w);
    }
    echo "driver done after $n resumes\n";

    echo "--- cycle collector\n";
    go(function () {
        new Cycle('a');
        new Cycle('b');
        echo "collect in A\n";
        $n = gc_collect_cycles();
        echo "A collected $n\n";
    });
    go(function () {
        echo "collect in B while A's collection is suspended\n";
        $n = gc_collect_cycles();
        echo "B collected $n\n";
    });
});
echo "end\n";
?>
--EXPECT--
  __destruct(g1): yield
driver 1
the driver can create coroutines
  __destruct(g1): resumed
  child created in a destructor
  destroyed g1
after unset
worker returns
  __destruct(g2): yield
driver 2
the driver can create coroutines
  __destruct(g2): resumed
  child created in a destructor
  destroyed g2
defer registered by g2
defer registered by g1
driver done after 2 resumes
--- cycle collector
collect in A
gc destructor b in coroutine 7
collect in B while A's collection is suspended
B collected 0
gc destructor b resumed
gc destructor a in coroutine 7
gc destructor a resumed
A collected 2
end
