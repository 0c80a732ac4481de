--TEST--
redis_server: what a handler returns — a string is the reply, anything else (null, bool as from send(), int, array, object, an empty string) sends nothing; the client is answered by send() instead; handlers given as strings, arrays and invokable objects
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

class Handlers
{
    public static function upper($fd, $args) { return Server::format(Server::STATUS, strtoupper($args[0])); }
    public function __invoke($fd, $args) { return Server::format(Server::INT, count($args)); }
}
function php_version_handler($fd, $args) { return Server::format(Server::STRING, 'php'); }

$server = new Server('127.0.0.1', 24115, SWOOLE_BASE);
$values = ['null' => null, 'true' => true, 'false' => false, 'int' => 5, 'float' => 1.5,
           'array' => ["+no\r\n"], 'object' => new ArrayObject([]), 'empty' => ''];
foreach ($values as $name => $v) {
    $server->setHandler("ret_$name", function ($fd, $args) use ($server, $v, $name) {
        $server->send($fd, Server::format(Server::STATUS, "sent for $name"));
        return $v;
    });
}
$server->setHandler('send_ret', function ($fd, $args) use ($server) {
    return $server->send($fd, "+ok\r\n");   /* Swoole's usual style: returns true */
});
$server->setHandler('stringable', function ($fd, $args) {
    return new class { public function __toString(): string { return "+not sent\r\n"; } };
});
$server->setHandler('upper', 'Handlers::upper');
$server->setHandler('count', new Handlers);
$server->setHandler('arr', [Handlers::class, 'upper']);
$server->setHandler('fn', 'php_version_handler');
rs_run($server, <<<'PHP'
$s = rs_connect();
$cmds = '';
foreach (['null', 'true', 'false', 'int', 'float', 'array', 'object', 'empty'] as $name)
    $cmds .= rs_cmd("ret_$name");
fwrite($s, $cmds . rs_cmd('send_ret') . rs_cmd('stringable') . rs_cmd('upper', 'abc')
       . rs_cmd('count', 'a', 'b', 'c') . rs_cmd('arr', 'x') . rs_cmd('fn') . rs_cmd('ret_int'));
foreach (rs_replies($s, 15)[0] as $r)
    echo rs_show([$r]), "\n";
fclose($s);
PHP);
?>
--EXPECT--
+sent for null\r\n
+sent for true\r\n
+sent for false\r\n
+sent for int\r\n
+sent for float\r\n
+sent for array\r\n
+sent for object\r\n
+sent for empty\r\n
+ok\r\n
+ABC\r\n
:3\r\n
+X\r\n
$3\r\nphp\r\n
+sent for int\r\n
