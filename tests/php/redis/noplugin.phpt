--TEST--
redis: without swoole.plugins[]=redis, Swoole\Coroutine\Redis is not there and using it names the ini line (and file) to add
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--FILE--
<?php
var_dump(class_exists('Swoole\Coroutine\Redis'), defined('SWOOLE_REDIS_TYPE_STRING'));
foreach ([fn() => new Swoole\Coroutine\Redis, fn() => new Co\Redis] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(false)
bool(false)
Error: Class "Swoole\Coroutine\Redis" is provided by the swoole plugin "redis", which is not enabled: add "swoole.plugins[] = redis" to php.ini or a conf.d file (make install puts it in conf.d/45-swoole-redis.ini)
Error: Class "Co\Redis" is provided by the swoole plugin "redis", which is not enabled: add "swoole.plugins[] = redis" to php.ini or a conf.d file (make install puts it in conf.d/45-swoole-redis.ini)
