--TEST--
QA: creating and dropping 100k Atomics, Locks and Coroutine\Locks (held when dropped) keeps PHP memory flat and the locks usable
--FILE--
<?php
$n = getenv('USE_ZEND_ALLOC') === '0' ? 20000 : 100000;   // fewer under valgrind
$m0 = memory_get_usage();
for ($i = 0; $i < $n; $i++) {
    $a = new Swoole\Atomic($i); $a->add();
    $al = new Swoole\Atomic\Long(-$i); $al->sub();
    $l = new Swoole\Lock($i % 2 ? SWOOLE_RWLOCK : SWOOLE_MUTEX); $l->lock();
    $c = new Swoole\Coroutine\Lock($i % 2 === 0); $c->lock();
}
var_dump($a->get() === $n, $al->get() === -$n);
unset($a, $al, $l, $c);
$d = memory_get_usage() - $m0;
var_dump($d < 4096 ? 'flat' : $d);
$keep = [];
for ($i = 0; $i < 1000; $i++) { $keep[] = new Swoole\Lock(SWOOLE_SPINLOCK); }
var_dump($keep[999]->trylock(), $keep[999]->unlock());
?>
--EXPECT--
bool(true)
bool(true)
string(4) "flat"
bool(true)
bool(true)
