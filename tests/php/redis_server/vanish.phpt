--TEST--
redis_server: clients that vanish — mid-command (in the count, in a bulk), while their handler waits with more commands pipelined behind it (the handler's later send() fails quietly, its return goes nowhere), while a batch is being answered; the server keeps serving
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 24114, SWOOLE_BASE);
$log = [];
$closed = 0;
$server->on('close', function ($s, $fd) use (&$closed) { $closed++; });
$server->setHandler('PING', fn($fd, $args) => Server::format(Server::STATUS, $args[0] ?? 'PONG'));
$server->setHandler('WAIT', function ($fd, $args) use ($server, &$log) {
    $file = $args[0];
    touch($file);               /* the client may go now */
    while (file_exists($file))  /* ... and removes it once it has gone */
        Co::sleep(0.01);
    Co::sleep(0.05);            /* let the server see the close */
    $log[] = 'woke, send: ' . var_export($server->send($fd, "+late\r\n"), true)
           . ', exists: ' . var_export($server->exist($fd), true);
    return "+returned late\r\n";
});
$server->setHandler('BIG', fn($fd, $args) => Server::format(Server::STRING, str_repeat('b', 1 << 20)));
rs_run($server, <<<'PHP'
foreach (["*3\r\n", "*3\r\n\$3\r\nSET\r\n\$5\r\nab", "*1", "PING half an inline"] as $bytes) {
    $s = rs_connect();
    fwrite($s, $bytes);
    usleep(50000);
    fclose($s);
}
echo "-- gone while the handler waits\n";
$file = sys_get_temp_dir() . '/rs_vanish_' . getmypid();
$s = rs_connect();
fwrite($s, rs_cmd('PING', 'first') . rs_cmd('WAIT', $file) . str_repeat(rs_cmd('PING', 'behind'), 100));
for ($i = 0; $i < 2000 && !file_exists($file); $i++)
    usleep(10000);
echo rs_show(rs_replies($s, 1)[0]), "\n";
fclose($s);
usleep(50000);
unlink($file);
echo "-- gone while 50 replies of 1 MiB are written\n";
$s = rs_connect();
fwrite($s, str_repeat(rs_cmd('BIG'), 50));
echo strlen(fread($s, 1000)) > 0 ? "got some\n" : "got nothing\n";
fclose($s);
usleep(200000);
rs_ping();
PHP);
echo implode("\n", $log), "\n";
echo "closed: $closed\n";
?>
--EXPECT--
-- gone while the handler waits
+first\r\n
-- gone while 50 replies of 1 MiB are written
got some
ping: +PONG\r\n
woke, send: false, exists: false
closed: 7
