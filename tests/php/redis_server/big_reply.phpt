--TEST--
redis_server: a reply larger than buffer_output_size (2 MiB by default) is written in parts as the client reads it — returned, sent with $server->send(), or returned after the handler waited — instead of closing the connection ("output buffer is full"); redis-cli reads them whole
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded');
require __DIR__ . '/../include/redis_server.inc'; rs_skip_without('redis-cli'); ?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 0, SWOOLE_BASE);
$value = fn($n) => Server::format(Server::MAP, ['a' => str_repeat('a', (int)$n), 'b' => str_repeat('b', 3 * (int)$n)]);
$server->setHandler('RET', fn($fd, $args) => $value($args[0]));
$server->setHandler('SEND', function ($fd, $args) use ($server, $value) {
    $server->send($fd, $value($args[0]));
});
$server->setHandler('WAITRET', function ($fd, $args) use ($value) {
    Co::sleep(0.01);
    return $value($args[0]);
});
$server->setHandler('PING', fn($fd, $args) => "+PONG\r\n");
rs_run($server, <<<'PHP'
foreach (['RET', 'SEND', 'WAITRET'] as $cmd)
    foreach ([1000, 1000000, 3000000] as $n)
        echo "$cmd $n: ", strlen(cli($cmd, (string)$n)), "\n";
echo "-- pipelined, read slowly\n";
$s = rs_connect();
fwrite($s, rs_cmd('RET', '1000000') . rs_cmd('WAITRET', '1000000') . rs_cmd('SEND', '1000000') . rs_cmd('PING'));
usleep(300000);
[$r, $closed] = rs_replies($s, 4, 30);
echo implode(' ', array_map('strlen', $r)), ", closed: ", var_export($closed, true), "\n";
PHP);
?>
--EXPECT--
RET 1000: 4005
RET 1000000: 4000005
RET 3000000: 12000005
SEND 1000: 4005
SEND 1000000: 4000005
SEND 3000000: 12000005
WAITRET 1000: 4005
WAITRET 1000000: 4000005
WAITRET 3000000: 12000005
-- pipelined, read slowly
4000042 4000042 4000042 7, closed: false
