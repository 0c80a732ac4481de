--TEST--
seed 003 §3.13.5 异常处理: an exception is caught inside the coroutine that threw it
--FILE--
<?php
// 在协程内捕获异常
function test()
{
    throw new \RuntimeException(__FILE__, __LINE__);
}
Swoole\Coroutine::create(function () {
    try{
        test();
    } catch (\Throwable $e) {
     	echo $e;   
    }
});
?>
--EXPECTF--
RuntimeException: %s003_3.13.5_exception.php in %s003_3.13.5_exception.php:5
Stack trace:
#0 %s003_3.13.5_exception.php(9): test()
#1 [internal function]: {closure}()
#2 {main}
