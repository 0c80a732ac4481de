--TEST--
swoole coroutine: deadlock report for coroutines stuck inside a fiber and on channels; all are unwound and their objects destructed
--FILE--
<?php
class Held { function __construct(public $n) {} function __destruct() { echo "Held {$this->n} destructed\n"; } }
go(function () {
    $f = new Fiber(function () { $h = new Held('in fiber'); Co::yield(); echo "fiber resumed?!\n"; });
    $f->start();
    echo "after fiber?!\n";
});
$ch = new Swoole\Coroutine\Channel(1);
go(function () use ($ch) { $h = new Held('pop'); $ch->pop(); echo "popped?!\n"; });
$full = new Swoole\Coroutine\Channel(1);
go(function () use ($full) { $h = new Held('push'); $full->push(1); $full->push(2); echo "pushed?!\n"; });
echo "main end\n";
?>
--EXPECTF--
main end

===================================================================
 [FATAL ERROR]: all coroutines (count: 3) are asleep - deadlock!
===================================================================

 [Coroutine-1] waiting on: Co::yield()
--------------------------------------------------------------------
#0 %s(4): Swoole\Coroutine::yield()
#1 [internal function]: {closure}()
#2 %s(5): Fiber->start()
#3 [internal function]: {closure}()

 [Coroutine-2] waiting on: channel pop
--------------------------------------------------------------------
#0 %s(9): Swoole\Coroutine\Channel->pop()
#1 [internal function]: {closure}()

 [Coroutine-3] waiting on: channel push
--------------------------------------------------------------------
#0 %s(11): Swoole\Coroutine\Channel->push()
#1 [internal function]: {closure}()
Held in fiber destructed
Held pop destructed
Held push destructed
