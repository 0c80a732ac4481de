--TEST--
redis_server: setHandler/getHandler (names in any case, replacing, a non-callable is a TypeError, an empty name a ValueError), the class extends Swoole\Server
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=redis_server
--FILE--
<?php
use Swoole\Redis\Server;
$s = new Server('127.0.0.1', 24101, SWOOLE_BASE);
var_dump($s instanceof Swoole\Server, get_parent_class($s), new swoole_redis_server('127.0.0.1', 24102) instanceof Server);
$get = function ($fd, $args) { return Server::format(Server::NIL); };
var_dump($s->setHandler('Get', $get));
var_dump($s->getHandler('GET') === $get, $s->getHandler('get') === $get, $s->getHandler('gEt') === $get);
var_dump($s->getHandler('set'));
var_dump($s->setHandler('123', 'strlen'), $s->getHandler('123'));
var_dump($s->setHandler('get', 'strtoupper'), $s->getHandler('GET'));
var_dump($s->setHandler('m', [new ArrayObject([]), 'count']), is_array($s->getHandler('M')));
foreach ([[1, 'x'], ['x', 'no_such_function'], ['x', 42], ['x', null]] as [$cmd, $cb]) {
    try {
        $s->setHandler($cmd, $cb);
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    $s->setHandler('', 'strlen');
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $s->setHandler('x');
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($s->getHandler('x'));
/* a Redis server that is not running: send() is Swoole\Server's */
var_dump(@$s->send(1, "+OK\r\n"));
?>
--EXPECT--
bool(true)
string(13) "Swoole\Server"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
NULL
bool(true)
string(6) "strlen"
bool(true)
string(10) "strtoupper"
bool(true)
bool(true)
TypeError: Swoole\Redis\Server::setHandler(): Argument #2 ($callback) must be a valid callback, function "x" not found or invalid function name
TypeError: Swoole\Redis\Server::setHandler(): Argument #2 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: Swoole\Redis\Server::setHandler(): Argument #2 ($callback) must be a valid callback, no array or string given
TypeError: Swoole\Redis\Server::setHandler(): Argument #2 ($callback) must be a valid callback, no array or string given
ValueError: Swoole\Redis\Server::setHandler(): Argument #1 ($command) must not be empty
ArgumentCountError: Swoole\Redis\Server::setHandler() expects exactly 2 arguments, 1 given
NULL
bool(false)
