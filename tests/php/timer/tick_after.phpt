--TEST--
swoole timer: tick gets the timer id first, after gets only its arguments; both run in a coroutine; clear from inside
--FILE--
<?php
$n = 0;
$id = Swoole\Timer::tick(200, function ($timer_id, $a, $b) use (&$n, &$id) {
    $n++;
    echo "tick $n: same id ", var_export($timer_id === $id, true), " args $a $b in coroutine ", var_export(Co::getCid() > 0, true), "\n";
    if ($n === 3) {
        var_dump(Swoole\Timer::clear($timer_id));
        var_dump(Swoole\Timer::exists($timer_id));
    }
}, 'A', 'B');
swoole_timer_after(1000, function (...$args) { echo "after: ", json_encode($args), "\n"; }, 1, [2]);
swoole_timer_after(1, function () { echo "after without args: ", func_num_args(), "\n"; });
var_dump($id > 0);
echo "end of script\n";
?>
--EXPECT--
bool(true)
end of script
after without args: 0
tick 1: same id true args A B in coroutine true
tick 2: same id true args A B in coroutine true
tick 3: same id true args A B in coroutine true
bool(true)
bool(false)
after: [1,[2]]
