--TEST--
redis_server: $server->close($fd) from a handler while earlier replies are still queued (a client that reads slowly): the commands pipelined after it do not run, and the queued replies are all delivered before the close (no reset)
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 0, SWOOLE_BASE);
$ran = [];
$server->setHandler('BIG', fn($fd, $args) => Server::format(Server::STRING, str_repeat('b', 1 << 20)));
$server->setHandler('QUIT', function ($fd, $args) use ($server) {
    $server->send($fd, "+OK\r\n");
    $server->close($fd);
});
$server->setHandler('AFTER', function ($fd, $args) use (&$ran) {
    $ran[] = $args[0];
    return "+after\r\n";
});
$server->setHandler('PING', fn($fd, $args) => "+PONG\r\n");
rs_run($server, <<<'PHP'
$s = rs_connect();
fwrite($s, str_repeat(rs_cmd('BIG'), 20) . rs_cmd('QUIT') . rs_cmd('AFTER', 'x') . rs_cmd('AFTER', 'y'));
usleep(300000);   /* the replies pile up in the server's queue */
[$r, $closed] = rs_replies($s, 100, 30);
$big = 0;
foreach ($r as $x)
    $big += $x === '$1048576' . "\r\n" . str_repeat('b', 1 << 20) . "\r\n";
echo "big replies: $big, then: ", rs_show(array_slice($r, $big)), ", closed: ", var_export($closed, true), "\n";
rs_ping();
PHP);
echo "handlers run after the close: ", json_encode($ran), "\n";
?>
--EXPECT--
big replies: 20, then: +OK\r\n, closed: true
ping: +PONG\r\n
handlers run after the close: []
