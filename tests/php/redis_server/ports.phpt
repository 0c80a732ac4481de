--TEST--
redis_server: protocols per port — a listen() port of a Redis\Server with open_redis_protocol => false gets onReceive (and send() to its fds is Swoole\Server's); a plain Swoole\Server with open_redis_protocol answers RESP (no handlers: every command unknown)
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 24118, SWOOLE_BASE);
$raw = $server->listen('127.0.0.1', 24119, SWOOLE_SOCK_TCP);
$raw->set(['open_redis_protocol' => false]);
$raw->on('receive', function ($s, $fd, $rid, $data) {
    $s->send($fd, "raw:" . strtoupper($data));
});
$server->setHandler('PING', fn($fd, $args) => Server::format(Server::STATUS, 'PONG'));
rs_run($server, <<<'PHP'
rs_ping();
$r = stream_socket_client('tcp://127.0.0.1:24119', $en, $es, 5);
fwrite($r, "PING\r\n");
echo json_encode(fread($r, 100)), "\n";
fclose($r);
PHP);

echo "-- a plain Swoole\\Server with open_redis_protocol\n";
$plain = new Swoole\Server('127.0.0.1', 24120, SWOOLE_BASE);
$plain->set(['open_redis_protocol' => true]);
rs_run($plain, <<<'PHP'
$s = rs_connect();
fwrite($s, "PING\r\n" . rs_cmd('GET', 'x'));
echo rs_show(rs_replies($s, 2)[0]), "\n";
PHP);
?>
--EXPECT--
ping: +PONG\r\n
"raw:PING\r\n"
-- a plain Swoole\Server with open_redis_protocol
-ERR unknown command 'PING'\r\n -ERR unknown command 'GET'\r\n
