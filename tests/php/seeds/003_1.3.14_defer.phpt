--TEST--
seed 003 §1.3.14 协程：Go + Chan + Defer (延迟任务): defers run last-in first-out when the coroutine exits, after a hooked sleep()
--SKIPIF--
<?php if (!class_exists('Swoole\Runtime')) die('skip Swoole\Runtime (sleep() hook) not implemented yet'); ?>
--FILE--
<?php
Swoole\Runtime::enableCoroutine();
go(function () {
    echo 'a';
    defer(function () {
        echo '~a';
    });
    echo 'b';
    defer(function () {
        echo '~b';
    });
    sleep(1);
    echo 'c';
});
?>
--EXPECT--
abc~b~a
