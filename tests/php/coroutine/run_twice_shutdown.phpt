--TEST--
swoole coroutine: Co\run twice in a row, Co\run refused inside a coroutine, coroutines created after the runs and from a shutdown function still run
--FILE--
<?php
register_shutdown_function(function () { go(function () { Co::sleep(0.001); echo "coroutine from a shutdown function\n"; }); echo "shutdown function\n"; });
var_dump(Co\run(function () { Co::sleep(0.001); echo "run 1\n"; }));
var_dump(Co\run(function () { Co::sleep(0.001); echo "run 2\n"; var_dump(@Co\run(function () {})); }));
go(function () { Co::sleep(0.001); echo "go after the runs\n"; });
echo "main end\n";
?>
--EXPECT--
run 1
bool(true)
run 2
bool(false)
bool(true)
main end
shutdown function
go after the runs
coroutine from a shutdown function
