--TEST--
swoole timer: exists, info, list, stats, clear, clearAll and the swoole_timer_* functions; internal timers stay hidden
--FILE--
<?php
Co\run(function () {
    go(function () { Co::sleep(0.05); });  // an internal timer, not visible from PHP
    $a = Swoole\Timer::after(1000, fn() => print("never\n"));
    $b = swoole_timer_tick(2000, fn() => print("never\n"));
    var_dump(Swoole\Timer::exists($a), swoole_timer_exists($b), Swoole\Timer::exists(999999));
    $info = Swoole\Timer::info($b);
    var_dump($info['interval'], $info['exec_count'], $info['removed'], $info['exec_msec'] > 1900);
    var_dump(Swoole\Timer::info(999999));
    $list = Swoole\Timer::list();
    var_dump($list instanceof Swoole\Timer\Iterator, $list instanceof ArrayIterator, iterator_to_array($list) == [$a, $b] || iterator_to_array($list) == [$b, $a]);
    var_dump(Swoole\Timer::stats()['num'], swoole_timer_stats()['initialized']);
    var_dump(Swoole\Timer::clear($a), Swoole\Timer::clear($a), swoole_last_error() === SWOOLE_ERROR_TIMER_NOT_FOUND);
    var_dump(count(swoole_timer_list()));
    var_dump(Swoole\Timer::clearAll());
    var_dump(count(Swoole\Timer::list()), Swoole\Timer::exists($b));
});
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
int(2000)
int(0)
bool(false)
bool(true)
NULL
bool(true)
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
bool(false)
bool(true)
int(1)
bool(true)
int(0)
bool(false)
done
