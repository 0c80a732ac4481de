--TEST--
QA: Coroutine\Lock's constructor can only be called once, like Swoole\Lock's
--FILE--
<?php
$c = new Swoole\Coroutine\Lock;
try { $c->__construct(true); echo "second constructor call accepted\n"; }
catch (Swoole\Error $e) { echo $e->getMessage(), "\n"; }
$l = new Swoole\Lock;
try { $l->__construct(); } catch (Swoole\Error $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
Constructor of Swoole\Coroutine\Lock can only be called once
Constructor of Swoole\Lock can only be called once
