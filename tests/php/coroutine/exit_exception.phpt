--TEST--
swoole coroutine: exit() inside a coroutine throws Swoole\ExitException; uncaught it ends the process with its status
--FILE--
<?php
require __DIR__ . '/../include/coro_child.inc';
Co\run(function () {
    foreach ([null, 3, "bye\n"] as $arg) {
        try {
            Co::sleep(0.001);
            if ($arg === null)
                exit();
            exit($arg);
        } catch (Swoole\ExitException $e) {
            echo get_class($e), ": ", $e->getMessage(), ", status ", var_export($e->getStatus(), true),
                 ", flags ", $e->getFlags(), ", SWOOLE_EXIT_IN_COROUTINE ",
                 var_export(($e->getFlags() & SWOOLE_EXIT_IN_COROUTINE) !== 0, true), "\n";
        }
    }
    // die is exit
    try {
        die(7);
    } catch (Swoole\ExitException $e) {
        echo "die: ", $e->getStatus(), "\n";
    }
    // finally blocks run on the way out
    try {
        try {
            exit(1);
        } finally {
            echo "finally ran\n";
        }
    } catch (Swoole\ExitException $e) {
        echo "caught after finally\n";
    }
});
echo "after run\n";

$cases = [
    'exit(3) in a coroutine' => '<?php
go(function () { defer(function () { echo "defer\n"; }); Co::sleep(0.001); exit(3); });
go(function () { Co::sleep(0.2); echo "other?!\n"; });
echo "main end\n";',
    'exit("message") in a coroutine' => '<?php
Co\run(function () { Co::sleep(0.001); exit("message\n"); });
echo "after run?!\n";',
    'exit() in a coroutine' => '<?php
Co\run(function () { exit(); });
echo "after run?!\n";',
    'exit(4) at top level' => '<?php
go(function () { echo "co\n"; });
exit(4);',
    'exit(5) at top level with a sleeping coroutine' => '<?php
go(function () { Co::sleep(0.01); echo "co resumes at shutdown\n"; });
echo "main\n";
exit(5);',
];
foreach ($cases as $name => $code) {
    [$out, $status] = coro_child($code);
    echo "--- $name\n$out", "status $status\n";
}
?>
--EXPECT--
Swoole\ExitException: swoole exit, status NULL, flags 2, SWOOLE_EXIT_IN_COROUTINE true
Swoole\ExitException: swoole exit, status 3, flags 2, SWOOLE_EXIT_IN_COROUTINE true
Swoole\ExitException: swoole exit, status 'bye
', flags 2, SWOOLE_EXIT_IN_COROUTINE true
die: 7
finally ran
caught after finally
after run
--- exit(3) in a coroutine
main end
defer
status 3
--- exit("message") in a coroutine
message
status 0
--- exit() in a coroutine
status 0
--- exit(4) at top level
co
status 4
--- exit(5) at top level with a sleeping coroutine
main
co resumes at shutdown
status 5
