--TEST--
http: without swoole.plugins[]=http, Swoole\Http\Server is not there and using it names the ini line to add
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--FILE--
<?php
var_dump(class_exists('Swoole\Http\Server'), class_exists('Swoole\Http\Request'));
foreach (['Swoole\Http\Server', 'Swoole\Http\Response'] as $c) {
    try {
        new $c('127.0.0.1', 23817);
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    Swoole\Http\Response::create();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$s = new Swoole\Server('127.0.0.1', 23817);
var_dump($s->on('request', function () {}));
?>
--EXPECTF--
bool(false)
bool(false)
Error: Class "Swoole\Http\Server" is provided by the swoole plugin "http", which is not enabled: add "swoole.plugins[] = http" to php.ini or a conf.d file (make install puts it in conf.d/30-swoole-http.ini)
Error: Class "Swoole\Http\Response" is provided by the swoole plugin "http", which is not enabled: add "swoole.plugins[] = http" to php.ini or a conf.d file (make install puts it in conf.d/30-swoole-http.ini)
Error: Class "Swoole\Http\Response" is provided by the swoole plugin "http", which is not enabled: add "swoole.plugins[] = http" to php.ini or a conf.d file (make install puts it in conf.d/30-swoole-http.ini)

Warning: Swoole\Server::on(): unknown event types[request] in %s on line %d
bool(false)
