--TEST--
redis_server: a command that finds no coroutine left (max_coroutine) is answered "-ERR cannot create a coroutine for the command" and its connection closed, without touching the freed connection; the handler that holds the coroutine still answers
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
$server->set(['max_coroutine' => 1, 'log_level' => SWOOLE_LOG_ERROR]);
$server->setHandler('WAIT', function ($fd, $args) {
    $file = $args[0];
    touch($file);
    while (file_exists($file))   /* holds the only coroutine until the client says */
        Co::sleep(0.01);
    return "+waited\r\n";
});
$server->setHandler('PING', fn($fd, $args) => "+PONG\r\n");
rs_run($server, <<<'PHP'
$file = sys_get_temp_dir() . '/rs_maxco_' . getmypid();
$a = rs_connect();
fwrite($a, rs_cmd('WAIT', $file));
for ($i = 0; $i < 2000 && !file_exists($file); $i++)
    usleep(10000);
$b = rs_connect();
fwrite($b, rs_cmd('PING'));
[$r, $closed] = rs_replies($b, 2);
echo "b: ", rs_show($r), ", closed: ", var_export($closed, true), "\n";
unlink($file);
echo "a: ", rs_show(rs_replies($a, 1)[0]), "\n";
fwrite($a, rs_cmd('PING'));
echo "a: ", rs_show(rs_replies($a, 1)[0]), "\n";
PHP);
?>
--EXPECTF--
%Aexceeded max number of coroutines 1%A
b: -ERR cannot create a coroutine for the command\r\n, closed: true
a: +waited\r\n
a: +PONG\r\n
