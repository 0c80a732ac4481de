--TEST--
redis_server: the seed's example (chapter 9): a handler that returns its reply, one that answers later with send(), one that waits in a coroutine; redis-cli set name rango / get name; an unknown command
--SKIPIF--
<?php
if (!extension_loaded('swoole')) die('skip swoole not loaded');
require __DIR__ . '/../include/redis_server.inc';
rs_skip_without('redis-cli');
?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 24110, SWOOLE_BASE);
$store = [];
// synchronous: the returned string is sent
$server->setHandler('Set', function ($fd, $data) use (&$store) {
    $store[$data[0]] = $data[1];
    return Server::format(Server::INT, 1);
});
// asynchronous: answered later with $server->send()
$server->setHandler('Get', function ($fd, $data) use ($server, &$store) {
    Swoole\Timer::after(10, function () use ($server, $fd, $data, &$store) {
        $server->send($fd, isset($store[$data[0]]) ? Server::format(Server::STRING, $store[$data[0]])
                                                   : Server::format(Server::NIL));
    });
});
// coroutine: the handler waits (as for a Coroutine\Redis call), then sends
$server->setHandler('incr', function ($fd, $data) use ($server, &$store) {
    Co::sleep(0.01);
    $store[$data[0]] = ($store[$data[0]] ?? 0) + 1;
    $server->send($fd, Server::format(Server::INT, $store[$data[0]]));
});
rs_run($server, <<<'PHP'
echo cli('set', 'name', 'rango'), "\n";
echo cli('get', 'name'), "\n";
echo cli('GET', 'nothing'), "|\n";
echo cli('incr', 'n'), " ", cli('INCR', 'n'), "\n";
echo cli('del', 'name'), "\n";
PHP);
var_dump($store);
?>
--EXPECT--
1
rango
|
1 2
ERR unknown command 'del'
array(2) {
  ["name"]=>
  string(5) "rango"
  ["n"]=>
  int(2)
}
