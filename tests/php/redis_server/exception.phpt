--TEST--
redis_server: a handler that throws — as with any server callback in Swoole, the uncaught exception is PHP's fatal error and ends the worker; the replies of the batch before it are sent first, and nothing after it runs
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
$h = rs_server_child(<<<'PHP'
<?php
use Swoole\Redis\Server;
$server = new Server('127.0.0.1', 24116, SWOOLE_BASE);
$server->setHandler('PING', fn($fd, $args) => Server::format(Server::STATUS, 'PONG'));
$server->setHandler('BOOM', function ($fd, $args) {
    throw new RuntimeException("handler failed: $args[0]");
});
$server->setHandler('AFTER', function ($fd, $args) { echo "AFTER RAN\n"; return "+after\r\n"; });
$server->start();
PHP, 24116);
$s = stream_socket_client('tcp://127.0.0.1:24116', $en, $es, 5);
fwrite($s, "PING\r\nBOOM x\r\nAFTER\r\n");
$got = '';
stream_set_timeout($s, 10);
while (!feof($s) && ($c = fread($s, 1000)) !== false && $c !== '')
    $got .= $c;
echo json_encode($got), "\n";
[$out, $code] = ht_server_child_end($h, 30);
echo $out;
echo "exit code: $code\n";
?>
--EXPECTF--
"+PONG\r\n"

Fatal error: Uncaught RuntimeException: handler failed: x in SERVER:%d
Stack trace:
#0 [internal function]: {closure}(%d, Array)
#1 [internal function]: {plugin coroutine}()
#2 {main}
  thrown in SERVER on line %d
exit code: 255
