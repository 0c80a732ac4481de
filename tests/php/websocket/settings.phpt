--TEST--
websocket: open_websocket_ping_frame / open_websocket_pong_frame hand ping and pong frames to onMessage (no automatic pong then); on a port of its own (listen + set) the settings apply to that port only; the websocket plugin without the http plugin fails to load with a clear warning
--SKIPIF--
<?php
if (!extension_loaded('swoole')) die('skip swoole not loaded');
?>
--INI--
swoole.plugins[0]=http
swoole.plugins[1]=websocket
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/websocket.inc';

$ws = new Swoole\WebSocket\Server('127.0.0.1', 24306, SWOOLE_BASE);
$port = $ws->listen('127.0.0.1', 24307, SWOOLE_SOCK_TCP);
$port->set(['open_websocket_ping_frame' => true, 'open_websocket_pong_frame' => true]);
$ws->on('message', function ($ws, $frame) {
    echo "message op $frame->opcode '$frame->data'\n";
    if ($frame->opcode === WEBSOCKET_OPCODE_PING)
        $ws->push($frame->fd, "my pong", WEBSOCKET_OPCODE_PONG);
});
ws_run($ws, <<<'PHP'
// the main port: automatic pong
[$s] = ws_open();
ws_send($s, 9, 'auto');
[$op, $p] = ws_read($s);
echo "main: $op $p\n";
// the second port: pings and pongs go to onMessage
$PORT = 24307;
[$s] = ws_open();
ws_send($s, 9, 'ping me');
[$op, $p] = ws_read($s);
echo "port: $op $p\n";
ws_send($s, 10, 'a pong');
ws_send($s, 1, 'done');
ws_send($s, 8, '');
ws_read($s);
PHP);
// without the http plugin
$out = shell_exec(PHP_BINARY . ' -n -d extension=' . escapeshellarg(getenv('SWOOLE_SO') ?: ini_get('extension_dir') . '/swoole.so')
    . ' -d swoole.plugin_dir=' . escapeshellarg(ini_get('swoole.plugin_dir'))
    . " -d 'swoole.plugins[]=websocket' -r 'var_dump(class_exists(\"Swoole\\\\WebSocket\\\\Server\"));' 2>&1");
echo preg_replace('/\(\S+websocket\.so\)/', '(PATH)', trim($out)), "\n";
?>
--EXPECT--
message op 9 'ping me'
message op 10 'a pong'
message op 1 'done'
main: 10 auto
port: 10 my pong
Warning: swoole: plugin "websocket" (PATH) needs plugin "http", which is not enabled; add swoole.plugins[] = http to a conf.d file in Unknown on line 0
bool(false)
