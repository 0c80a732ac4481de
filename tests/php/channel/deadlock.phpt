--TEST--
swoole channel: a coroutine left waiting on a channel is named in the deadlock report
--FILE--
<?php
function consume(chan $c) { return $c->pop(); }
$c = new chan;
go(function () use ($c) { consume($c); echo "never\n"; });
echo "script end\n";
?>
--EXPECTF--
script end

===================================================================
 [FATAL ERROR]: all coroutines (count: 1) are asleep - deadlock!
===================================================================

 [Coroutine-1] waiting on: channel pop
--------------------------------------------------------------------
#0 %s(2): Swoole\Coroutine\Channel->pop()
#1 %s(4): consume()
#2 [internal function]: {closure}()
