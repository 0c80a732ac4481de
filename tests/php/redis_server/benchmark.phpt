--TEST--
redis_server: redis-benchmark -t set,get -n 2000 finishes with -P 16 (pipelining) and with -c 20; every request reaches its handler once
--SKIPIF--
<?php
if (!extension_loaded('swoole')) die('skip swoole not loaded');
require __DIR__ . '/../include/redis_server.inc';
rs_skip_without('redis-benchmark');
?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 24117, SWOOLE_BASE);
$store = [];
$calls = ['SET' => 0, 'GET' => 0];
$server->setHandler('SET', function ($fd, $args) use ($server, &$store, &$calls) {
    $calls['SET']++;
    $store[$args[0]] = $args[1];
    $server->send($fd, Server::format(Server::STATUS, 'OK'));
});
$server->setHandler('GET', function ($fd, $args) use (&$store, &$calls) {
    $calls['GET']++;
    return isset($store[$args[0]]) ? Server::format(Server::STRING, $store[$args[0]]) : Server::format(Server::NIL);
});
rs_run($server, <<<'PHP'
foreach (['-P 16', '-c 20', '-c 20 -P 16'] as $opt) {
    $out = shell_exec("timeout 120 redis-benchmark -p $PORT -t set,get -n 2000 $opt --csv 2>/dev/null");
    preg_match_all('/^"(SET|GET)","([0-9.]+)"/m', (string)$out, $m);
    echo "$opt: ", implode(' ', $m[1]), count($m[2]) === 2 && min($m[2]) > 0 ? " (requests per second > 0)" : " FAILED: $out", "\n";
}
PHP);
print_r($calls);
echo count($store), " key, value ", strlen($store['key:__rand_int__'] ?? ''), " bytes\n";
?>
--EXPECT--
-P 16: SET GET (requests per second > 0)
-c 20: SET GET (requests per second > 0)
-c 20 -P 16: SET GET (requests per second > 0)
Array
(
    [SET] => 6000
    [GET] => 6000
)
1 key, value 3 bytes
