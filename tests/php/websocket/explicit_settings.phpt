--TEST--
websocket: a WebSocket\Server whose settings also say open_http_protocol => true (as many Swoole configurations do) still speaks WebSocket; a plain Swoole\Server with both settings too, the most derived protocol wins
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[0]=http
swoole.plugins[1]=websocket
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/websocket.inc';

foreach (['Swoole\WebSocket\Server', 'Swoole\Server'] as $class) {
    $server = new $class('127.0.0.1', 0, SWOOLE_BASE);
    $server->set(['open_http_protocol' => true, 'open_websocket_protocol' => true,
                  'log_level' => SWOOLE_LOG_NONE]);
    /* a plain Swoole\Server has no push(): it sends a packed frame */
    $server->on('message', function ($s, $frame) {
        $s->send($frame->fd, Swoole\WebSocket\Server::pack("echo:{$frame->data}"));
    });
    if ($class === 'Swoole\Server')
        $server->on('receive', function () { echo "receive: the wrong protocol\n"; });
    ws_run($server, <<<'PHP'
[$s, $head] = ws_open();
echo strtok($head, "\r\n"), "\n";
ws_send($s, 1, 'hi');
[$op, $data] = ws_read($s);
echo "$op $data\n";
PHP);
}
?>
--EXPECT--
HTTP/1.1 101 Switching Protocols
1 echo:hi
HTTP/1.1 101 Switching Protocols
1 echo:hi
