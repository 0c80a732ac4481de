--TEST--
redis_server: without swoole.plugins[]=redis_server, Swoole\Redis\Server is not there and using it names the ini line to add
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--FILE--
<?php
var_dump(class_exists('Swoole\Redis\Server'));
try {
    new Swoole\Redis\Server('127.0.0.1', 24103);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(false)
Error: Class "Swoole\Redis\Server" is provided by the swoole plugin "redis_server", which is not enabled: add "swoole.plugins[] = redis_server" to php.ini or a conf.d file (make install puts it in conf.d/35-swoole-redis-server.ini)
