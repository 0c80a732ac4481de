--TEST--
redis_server: real peers — redis-cli set/get/ping, inline commands over a raw socket (telnet style, quotes, a bare LF, an empty line), onConnect/onClose still run
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

$server = new Server('127.0.0.1', 24111, SWOOLE_BASE);
$store = [];
$events = ['connect' => 0, 'close' => 0];
$server->on('connect', function ($s, $fd) use (&$events) { $events['connect']++; });
$server->on('close', function ($s, $fd) use (&$events) { $events['close']++; });
$server->setHandler('set', function ($fd, $args) use (&$store) {
    if (count($args) !== 2)
        return Server::format(Server::ERROR, "ERR wrong number of arguments for 'set' command");
    $store[$args[0]] = $args[1];
    return Server::format(Server::STATUS, 'OK');
});
$server->setHandler('get', function ($fd, $args) use ($server, &$store) {
    $server->send($fd, isset($store[$args[0]]) ? Server::format(Server::STRING, $store[$args[0]])
                                               : Server::format(Server::NIL));
});
$server->setHandler('ping', fn($fd, $args) => Server::format(Server::STATUS, $args ? $args[0] : 'PONG'));
$server->setHandler('echo', fn($fd, $args) => Server::format(Server::SET, $args));
$server->setHandler('hgetall', fn($fd, $args) => Server::format(Server::MAP, ['f1' => 'v1', 'f2' => 'v2']));
$server->setHandler('strlen', fn($fd, $args) => Server::format(Server::INT, strlen($args[0] ?? '')));
rs_run($server, <<<'PHP'
echo "-- redis-cli\n";
echo cli('set', 'a', 'b'), "\n";
echo cli('get', 'a'), "\n";
echo cli('ping'), "\n";
echo cli('set', 'sp', "with space\r\nand CRLF"), "\n";
echo json_encode(cli('get', 'sp')), "\n";
echo cli('echo', 'x', 'y', 'z'), "\n";
echo cli('hgetall', 'h'), "\n";
echo cli('set', 'only'), "\n";
echo cli('get', 'none'), "|\n";
echo cli('FLUSHALL'), "\n";
$big = str_repeat('v', 100000);
echo cli('set', 'big', $big), " ", cli('strlen', $big), "\n";
echo "-- inline, one command per write\n";
$s = rs_connect();
foreach (["PING\r\n", "set  k   \"quoted \\x41\\n\"\r\n", "get k\n", "\r\n", "  \r\n",
          "ping 'it\\'s'\r\n", "nosuch a b\r\n", "PING hello\r\n", "ping \"a\"b\r\n"] as $line) {
    fwrite($s, $line);
    [$r] = rs_replies($s, 1, 0.5);
    echo json_encode($line), " => ", rs_show($r), "\n";
}
echo "closed: ", rs_closed($s) ? "yes" : "no", "\n";
fclose($s);
echo "-- inline and multibulk in one write\n";
$s = rs_connect();
fwrite($s, "ping a\r\n" . rs_cmd('ping', 'b') . "ping c\n" . rs_cmd('get', 'k'));
echo rs_show(rs_replies($s, 4)[0]), "\n";
fclose($s);
PHP);
var_dump($store['k'], strlen($store['big']));
echo "connect == close: ", $events['connect'] === $events['close'] ? "yes" : "no", ", ", $events['connect'] > 10 ? "more than 10" : $events['connect'], "\n";
?>
--EXPECTF--
[NOTICE] redis_server: connection %d closed: Protocol error: unbalanced quotes in request
-- redis-cli
OK
b
PONG
OK
"with space\r\nand CRLF"
x
y
z
f1
v1
f2
v2
ERR wrong number of arguments for 'set' command
|
ERR unknown command 'FLUSHALL'
OK 100000
-- inline, one command per write
"PING\r\n" => +PONG\r\n
"set  k   \"quoted \\x41\\n\"\r\n" => +OK\r\n
"get k\n" => $9\r\nquoted A\n\r\n
"\r\n" => 
"  \r\n" => 
"ping 'it\\'s'\r\n" => +it's\r\n
"nosuch a b\r\n" => -ERR unknown command 'nosuch'\r\n
"PING hello\r\n" => +hello\r\n
"ping \"a\"b\r\n" => -ERR Protocol error: unbalanced quotes in request\r\n
closed: yes
-- inline and multibulk in one write
+a\r\n +b\r\n +c\r\n $9\r\nquoted A\n\r\n
string(9) "quoted A
"
int(100000)
connect == close: yes, more than 10
