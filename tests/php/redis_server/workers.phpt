--TEST--
redis_server: worker_num => 2 — the plugin works in every worker: 20 connections of redis-benchmark -c 20 -P 4 and single redis-cli calls are all answered
--SKIPIF--
<?php
if (!extension_loaded('swoole')) die('skip swoole not loaded');
require __DIR__ . '/../include/redis_server.inc';
rs_skip_without('redis-cli', 'redis-benchmark');
?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 24121, SWOOLE_BASE);
$server->set(['worker_num' => 2]);
$server->setHandler('PING', fn($fd, $args) => Server::format(Server::STATUS, 'PONG'));
$server->setHandler('WHO', fn($fd, $args) => Server::format(Server::INT, 1));
$server->setHandler('SET', fn($fd, $args) => Server::format(Server::STATUS, 'OK'));
$server->setHandler('GET', fn($fd, $args) => Server::format(Server::STRING, 'v'));
rs_run($server, <<<'PHP'
$out = shell_exec("timeout 120 redis-benchmark -p $PORT -t set,get -n 2000 -c 20 -P 4 --csv 2>/dev/null");
preg_match_all('/^"(SET|GET)","([0-9.]+)"/m', (string)$out, $m);
echo implode(' ', $m[1]), "\n";
$ok = 0;
for ($i = 0; $i < 10; $i++)
    $ok += cli('ping') === 'PONG';
echo "$ok of 10 PINGs\n";
PHP);
?>
--EXPECT--
SET GET
10 of 10 PINGs
