--TEST--
redis_server: malformed and oversized requests (package_max_length bounds a whole request) get "-ERR Protocol error: ..." (after the replies of the good commands before them) and a close; the server keeps serving other connections
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 24113, SWOOLE_BASE);
$server->set(['package_max_length' => 1024]);   /* the longest request */
$runs = 0;
$server->setHandler('PING', function ($fd, $args) use (&$runs) {
    $runs++;
    return Server::format(Server::STATUS, $args[0] ?? 'PONG');
});
rs_run($server, <<<'PHP'
$keep = rs_connect();   /* stays open through all of it */
fwrite($keep, rs_cmd('PING', 'keep'));
echo "keep: ", rs_show(rs_replies($keep, 1)[0]), "\n";
$cases = [
    'count not a number' => "*abc\r\n",
    'count with a plus' => "*+1\r\n",
    'count too large' => "*1048577\r\n",
    'count line without CR LF' => "*" . str_repeat('1', 70000),
    'not a bulk' => "*2\r\n\$4\r\nPING\r\n:1\r\n",
    'negative bulk length' => "*1\r\n\$-5\r\n",
    'bulk over package_max_length' => "*2\r\n\$4\r\nPING\r\n\$1025\r\n",
    'request over package_max_length' => rs_cmd('PING', str_repeat('x', 1002)),
    'bulk without CR LF after it' => "*1\r\n\$4\r\nPINGxx",
    'bulk length line too long' => "*1\r\n\$" . str_repeat('9', 70000),
    'inline line too long' => "PING " . str_repeat('a', 70000),
    'inline line too long, with its LF' => "PING " . str_repeat('a', 70000) . "\r\n",
    'unbalanced quotes' => "PING \"abc\r\n",
    'good ones first' => rs_cmd('PING', 'g1') . "PING g2\r\n*x\r\n" . rs_cmd('PING', 'never'),
    'binary garbage' => "*\x00\xff\xfe\r\n",
];
foreach ($cases as $name => $bytes) {
    $s = rs_connect();
    @fwrite($s, $bytes);
    [$r, $closed] = rs_replies($s, 100, 5);
    echo "$name: ", rs_show($r), $closed ? " [closed]" : " [open]", "\n";
    fclose($s);
}
echo "-- the same, cut into pieces\n";
$s = rs_connect();
foreach (["*2\r", "\n\$4\r\nPI", "NG\r\n\$2\r\nok\r\n*1\r\n\$", "4\r\nPING\r", "\n*1\r\n\$-", "1\r\n"] as $piece) {
    fwrite($s, $piece);
    usleep(20000);
}
[$r, $closed] = rs_replies($s, 100, 5);
echo rs_show($r), $closed ? " [closed]" : " [open]", "\n";
fclose($s);
echo "-- a request of exactly package_max_length is fine\n";
$s = rs_connect();
echo strlen(rs_cmd('PING', str_repeat('x', 1001))), " bytes: ";
fwrite($s, rs_cmd('PING', str_repeat('x', 1001)));
[$r] = rs_replies($s, 1);
echo strlen($r[0]), "\n";
fclose($s);
fwrite($keep, "PING still\r\n");
echo "keep: ", rs_show(rs_replies($keep, 1)[0]), "\n";
fclose($keep);
PHP);
echo "$runs PINGs run\n";
?>
--EXPECTF--
[NOTICE] redis_server: connection %d closed: Protocol error: invalid multibulk length
[NOTICE] redis_server: connection %d closed: Protocol error: invalid multibulk length
[NOTICE] redis_server: connection %d closed: Protocol error: invalid multibulk length
[NOTICE] redis_server: connection %d closed: Protocol error: too big mbulk count string
[NOTICE] redis_server: connection %d closed: Protocol error: expected '$', got ':'
[NOTICE] redis_server: connection %d closed: Protocol error: invalid bulk length
[NOTICE] redis_server: connection %d closed: Protocol error: invalid bulk length
[NOTICE] redis_server: connection %d closed: Protocol error: too big request
[NOTICE] redis_server: connection %d closed: Protocol error: expected CRLF after bulk data
[NOTICE] redis_server: connection %d closed: Protocol error: too big bulk count string
[NOTICE] redis_server: connection %d closed: Protocol error: too big inline request
[NOTICE] redis_server: connection %d closed: Protocol error: too big inline request
[NOTICE] redis_server: connection %d closed: Protocol error: unbalanced quotes in request
[NOTICE] redis_server: connection %d closed: Protocol error: invalid multibulk length
[NOTICE] redis_server: connection %d closed: Protocol error: invalid multibulk length
[NOTICE] redis_server: connection %d closed: Protocol error: invalid bulk length
keep: +keep\r\n
count not a number: -ERR Protocol error: invalid multibulk length\r\n [closed]
count with a plus: -ERR Protocol error: invalid multibulk length\r\n [closed]
count too large: -ERR Protocol error: invalid multibulk length\r\n [closed]
count line without CR LF: -ERR Protocol error: too big mbulk count string\r\n [closed]
not a bulk: -ERR Protocol error: expected '$', got ':'\r\n [closed]
negative bulk length: -ERR Protocol error: invalid bulk length\r\n [closed]
bulk over package_max_length: -ERR Protocol error: invalid bulk length\r\n [closed]
request over package_max_length: -ERR Protocol error: too big request\r\n [closed]
bulk without CR LF after it: -ERR Protocol error: expected CRLF after bulk data\r\n [closed]
bulk length line too long: -ERR Protocol error: too big bulk count string\r\n [closed]
inline line too long: -ERR Protocol error: too big inline request\r\n [closed]
inline line too long, with its LF: -ERR Protocol error: too big inline request\r\n [closed]
unbalanced quotes: -ERR Protocol error: unbalanced quotes in request\r\n [closed]
good ones first: +g1\r\n +g2\r\n -ERR Protocol error: invalid multibulk length\r\n [closed]
binary garbage: -ERR Protocol error: invalid multibulk length\r\n [closed]
-- the same, cut into pieces
+ok\r\n +PONG\r\n -ERR Protocol error: invalid bulk length\r\n [closed]
-- a request of exactly package_max_length is fine
1024 bytes: 1004
keep: +still\r\n
7 PINGs run
