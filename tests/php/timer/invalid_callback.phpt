--TEST--
swoole callbacks: a callable that is not valid gives PHP's (and Swoole's) argument TypeError naming the function and the argument
--FILE--
<?php
$calls = [
    fn() => Swoole\Timer::after(10, 'no_such_function'),
    fn() => swoole_timer_tick(10, [new stdClass, 'nope'], 1, 2),
    fn() => Swoole\Event::add(STDIN, null, 'no_such_function'),
    fn() => Swoole\Event::defer('no_such_function'),
    fn() => Swoole\Event::cycle('no_such_function'),
    fn() => (new Co\Scheduler)->parallel(2, 'no_such_function'),
];
foreach ($calls as $call) {
    try {
        $call();
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(Swoole\Timer::stats()['num']);
?>
--EXPECT--
Swoole\Timer::after(): Argument #2 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
swoole_timer_tick(): Argument #2 ($callback) must be a valid callback, class stdClass does not have a method "nope"
Swoole\Event::add(): Argument #3 ($write_callback) must be a valid callback, function "no_such_function" not found or invalid function name
Swoole\Event::defer(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
Swoole\Event::cycle(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
Swoole\Coroutine\Scheduler::parallel(): Argument #2 ($func) must be a valid callback, function "no_such_function" not found or invalid function name
int(0)
