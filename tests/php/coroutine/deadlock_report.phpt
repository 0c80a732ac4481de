--TEST--
swoole coroutine: coroutines waiting forever at the end of the script are reported as a deadlock, then unwound so their objects are destructed
--FILE--
<?php
class Held
{
    public function __construct(public int $n) {}
    public function __destruct() { echo "Held {$this->n} destructed\n"; }
}
function waitForever(Held $h)
{
    Co::yield();
    echo "resumed?!\n";
}
$first = go(function () {
    $h = new Held(1);
    waitForever($h);
});
go(function () use ($first) {
    $h = new Held(2);
    defer(function () { echo "defer of 2?!\n"; });
    Co::join([$first]);
    echo "joined?!\n";
});
go(function () {
    defer(function () { echo "defer of 3 runs\n"; });
    Co::sleep(0.001);
    echo "3 ends normally\n";
});
echo "main end\n";
?>
--EXPECTF--
main end
3 ends normally
defer of 3 runs

===================================================================
 [FATAL ERROR]: all coroutines (count: 2) are asleep - deadlock!
===================================================================

 [Coroutine-1] waiting on: Co::yield()
--------------------------------------------------------------------
#0 %sdeadlock_report.php(9): Swoole\Coroutine::yield()
#1 %sdeadlock_report.php(14): waitForever()
#2 [internal function]: {closure}()

 [Coroutine-2] waiting on: Co::join()
--------------------------------------------------------------------
#0 %sdeadlock_report.php(19): Swoole\Coroutine::join()
#1 [internal function]: {closure}()
Held 1 destructed
Held 2 destructed
