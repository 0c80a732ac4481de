--TEST--
redis_server: pipelining — every command of one write is answered in order, also when handlers wait (Co::sleep) in the middle, with send() and returned strings mixed, 2000 commands (over 256 KiB) behind a waiting one, 40 MiB of replies to a slow reader, other connections served meanwhile, close() from a handler after earlier replies
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 24112, SWOOLE_BASE);
$n = 0;
$server->setHandler('PING', fn($fd, $args) => Server::format(Server::STATUS, $args[0] ?? 'PONG'));
$server->setHandler('SLEEP', function ($fd, $args) {
    Co::sleep((float)$args[0]);
    return Server::format(Server::STATUS, "slept $args[0]");
});
/* send(), a send() from a coroutine started here (it runs at once), then the returned
 * string: all in that order, in the batch's one write */
$server->setHandler('BOTH', function ($fd, $args) use ($server) {
    $server->send($fd, "+sent\r\n");
    go(function () use ($server, $fd) { $server->send($fd, "+from go\r\n"); });
    return "+returned\r\n";
});
$server->setHandler('SLEEPSEND', function ($fd, $args) use ($server) {
    $server->send($fd, "+before\r\n");
    Co::sleep(0.05);
    $server->send($fd, "+after\r\n");
    return "+end\r\n";
});
$server->setHandler('N', function ($fd, $args) use (&$n) {
    $n++;
    return Server::format(Server::INT, (int)$args[0]);
});
$server->setHandler('BIG', fn($fd, $args) => Server::format(Server::STRING, str_repeat($args[0], 1 << 20)));
$server->setHandler('QUIT', function ($fd, $args) use ($server) {
    $server->close($fd);
    return "+never\r\n";
});
rs_run($server, <<<'PHP'
echo "-- three PINGs in one write\n";
$s = rs_connect();
fwrite($s, str_repeat(rs_cmd('PING'), 3));
echo rs_show(rs_replies($s, 3)[0]), "\n";
echo "-- waiting handlers in the middle\n";
fwrite($s, rs_cmd('PING', '1') . rs_cmd('SLEEP', '0.1') . rs_cmd('PING', '2') . rs_cmd('SLEEP', '0.01')
       . rs_cmd('PING', '3') . "PING 4\r\n");
echo rs_show(rs_replies($s, 6)[0]), "\n";
echo "-- send() and returns mixed\n";
fwrite($s, rs_cmd('BOTH') . rs_cmd('SLEEPSEND') . rs_cmd('BOTH') . rs_cmd('PING', 'last'));
echo rs_show(rs_replies($s, 10)[0]), "\n";
echo "-- another connection is served while this one waits\n";
fwrite($s, rs_cmd('SLEEP', '0.5') . rs_cmd('PING', 'after sleep'));
$t = rs_connect();
fwrite($t, rs_cmd('PING', 'other'));
echo "other: ", rs_show(rs_replies($t, 1)[0]), "\n";
echo "first: ", rs_show(rs_replies($s, 2)[0]), "\n";
fclose($t);
echo "-- 2000 pipelined commands behind a waiting one\n";
$pad = str_repeat('p', 200);
$all = rs_cmd('SLEEP', '0.2');
for ($i = 0; $i < 2000; $i++)
    $all .= rs_cmd('N', (string)$i, $pad);
echo strlen($all) > 256 * 1024 ? "more than 256 KiB\n" : "too small\n";
fwrite($s, $all);
[$r] = rs_replies($s, 2001, 30);
$want = array_merge(["+slept 0.2\r\n"], array_map(fn($i) => ":$i\r\n", range(0, 1999)));
echo count($r), " replies, ", $r === $want ? "in order" : "OUT OF ORDER", "\n";
echo "-- 40 replies of 1 MiB (20 x buffer_output_size) to a client that reads late\n";
$big = '';
for ($i = 0; $i < 40; $i++)
    $big .= rs_cmd('BIG', chr(65 + $i % 26));
fwrite($s, $big . rs_cmd('PING', 'after big'));
usleep(300000);
[$r] = rs_replies($s, 41, 60);
$ok = count($r) === 41 && $r[40] === "+after big\r\n";
for ($i = 0; $i < 40 && $ok; $i++)
    $ok = $r[$i] === '$' . (1 << 20) . "\r\n" . str_repeat(chr(65 + $i % 26), 1 << 20) . "\r\n";
echo count($r), " replies, ", $ok ? "all complete and in order" : "WRONG", "\n";
echo "-- close() from a handler: earlier replies arrive, later commands are not run\n";
fwrite($s, rs_cmd('PING', 'a') . rs_cmd('N', '-1') . rs_cmd('QUIT') . rs_cmd('N', '-2'));
[$r, $closed] = rs_replies($s, 10, 5);
echo rs_show($r), $closed ? " [closed]" : " [open]", "\n";
fclose($s);
rs_ping();
PHP);
echo "$n N commands run\n";
?>
--EXPECT--
-- three PINGs in one write
+PONG\r\n +PONG\r\n +PONG\r\n
-- waiting handlers in the middle
+1\r\n +slept 0.1\r\n +2\r\n +slept 0.01\r\n +3\r\n +4\r\n
-- send() and returns mixed
+sent\r\n +from go\r\n +returned\r\n +before\r\n +after\r\n +end\r\n +sent\r\n +from go\r\n +returned\r\n +last\r\n
-- another connection is served while this one waits
other: +other\r\n
first: +slept 0.5\r\n +after sleep\r\n
-- 2000 pipelined commands behind a waiting one
more than 256 KiB
2001 replies, in order
-- 40 replies of 1 MiB (20 x buffer_output_size) to a client that reads late
41 replies, all complete and in order
-- close() from a handler: earlier replies arrive, later commands are not run
+a\r\n :-1\r\n [closed]
ping: +PONG\r\n
2001 N commands run
