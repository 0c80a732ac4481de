--TEST--
swoole coroutine: go() / Co::create() refuse unknown named arguments for a Closure as for any other callable (no coroutine is created)
--FILE--
<?php
foreach ([
    'go closure' => fn() => go(function (...$a) { echo "ran ", json_encode($a), "\n"; }, 1, x: 2),
    'create closure' => fn() => Swoole\Coroutine::create(function (...$a) { echo "ran ", json_encode($a), "\n"; }, y: 3),
    'go string' => fn() => go('printf', "%s\n", x: 2),
] as $name => $call) {
    try {
        var_dump($call());
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
echo "coroutines created: ", Swoole\Coroutine::stats()['coroutine_last_cid'], "\n";
go(function (...$a) { echo "positional still fine: ", json_encode($a), "\n"; }, 1, 2);
?>
--EXPECT--
go closure: ArgumentCountError: go() does not accept unknown named parameters
create closure: ArgumentCountError: Swoole\Coroutine::create() does not accept unknown named parameters
go string: ArgumentCountError: go() does not accept unknown named parameters
coroutines created: 0
positional still fine: [1,2]
