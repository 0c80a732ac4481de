--TEST--
swoole coroutine: exit() with a computed status frees it (no leak under valgrind); exit($undefined) warns like PHP
--FILE--
<?php
function f() { return str_repeat("w", 70); }
Co\run(function () {
    $x = str_repeat("y", 100);
    try {
        exit("status " . $x);
    } catch (Swoole\ExitException $e) {
        echo strlen($e->getStatus()), "\n";
    }
    $arr = [str_repeat("z", 50)];
    try {
        exit($arr[0] . "!");
    } catch (Swoole\ExitException $e) {
        echo strlen($e->getStatus()), "\n";
    }
    try {
        exit(f());
    } catch (Swoole\ExitException $e) {
        echo strlen($e->getStatus()), "\n";
    }
    try {
        exit([1, 2, 3][1] + 40);
    } catch (Swoole\ExitException $e) {
        var_dump($e->getStatus());
    }
    $r = 5;
    $ref = &$r;
    try {
        exit($ref);
    } catch (Swoole\ExitException $e) {
        var_dump($e->getStatus());
    }
    try {
        exit($nope);
    } catch (Swoole\ExitException $e) {
        var_dump($e->getStatus());
    }
});
?>
--EXPECTF--
107
51
70
int(42)
int(5)

Warning: Undefined variable $nope in %s on line %d
NULL
