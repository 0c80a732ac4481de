--TEST--
swoole scheduler: add/parallel with arguments, set/getOptions, start runs them all once
--FILE--
<?php
$s = new Swoole\Coroutine\Scheduler;
var_dump($s->getOptions());
$s->set(['max_coroutine' => 1000]);
$s->set(['enable_deadlock_check' => true]);
$s->add(function ($a, $b) { Co::sleep(0.3); echo "add $a $b\n"; }, 'x', 'y');
$s->parallel(3, function ($tag) { Co::sleep(0.01); echo "parallel $tag\n"; }, 'p');
var_dump(count($s->getOptions()));
var_dump($s->start());
echo "after start\n";
var_dump($s->add('strlen'));
var_dump($s->start());
try { $s->parallel(0, 'strlen'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$t = new Co\Scheduler;
$t->add(function () use ($t) {
    $u = new Co\Scheduler;
    $u->add(function () {});
    var_dump($u->start());
});
$t->start();
?>
--EXPECTF--
NULL
int(2)
parallel p
parallel p
parallel p
add x y
bool(true)
after start

Warning: Swoole\Coroutine\Scheduler::add(): scheduler is started, unable to execute Swoole\Coroutine\Scheduler->add in %s on line %d
bool(false)

Warning: Swoole\Coroutine\Scheduler::start(): scheduler is started, unable to execute Swoole\Coroutine\Scheduler->start in %s on line %d
bool(false)
Swoole\Coroutine\Scheduler::parallel(): Argument #1 ($n) must be greater than 0

Warning: Swoole\Coroutine\Scheduler::start(): eventLoop has already been created. unable to start Swoole\Coroutine\Scheduler in %s on line %d
bool(false)
