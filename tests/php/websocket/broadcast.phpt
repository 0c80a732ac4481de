--TEST--
websocket: the seed's broadcast (chapter 8): onRequest pushes $request->get['message'] to every fd of $server->connections (30 websockets; the HTTP request's own fd is no websocket: false with a warning), worker_num 1
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

$server = new Swoole\WebSocket\Server('127.0.0.1', 24304, SWOOLE_BASE);
$opened = 0;
$server->on('open', function (Swoole\WebSocket\Server $server, $request) use (&$opened) {
    $opened++;
});
$server->on('message', function (Swoole\WebSocket\Server $server, $frame) {
    $server->push($frame->fd, "this is server");
});
$server->on('request', function (Swoole\Http\Request $request, Swoole\Http\Response $response) {
    global $server;
    $ok = $fail = 0;
    foreach ($server->connections as $fd) {
        if (@$server->push($fd, $request->get['message']))
            $ok++;
        else
            $fail++;
    }
    $response->end("pushed $ok failed $fail");
});
ws_run($server, <<<'PHP'
$socks = [];
for ($i = 0; $i < 30; $i++) {
    [$socks[], $head] = ws_open();
    ws_send(end($socks), 1, "hi");
    [, $p] = ws_read(end($socks));   // the open is done once its first message is answered
    if ($p !== 'this is server') echo "bad reply $p\n";
}
echo status(raw("GET /?message=news HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
echo strstr(raw("GET /?message=again HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 'pushed'), "\n";
$got = [];
foreach ($socks as $s) {
    [, $a] = ws_read($s);
    [, $b] = ws_read($s);
    $got["$a $b"] = ($got["$a $b"] ?? 0) + 1;
}
var_dump($got);
PHP);
echo "opened $opened\n";
?>
--EXPECT--
HTTP/1.1 200 OK [closed]
pushed 30 failed 1 [closed]
array(1) {
  ["news again"]=>
  int(30)
}
opened 30
