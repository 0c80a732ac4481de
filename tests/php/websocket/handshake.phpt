--TEST--
websocket: onHandShake answers the handshake itself (Swoole's documented example: 101 with the computed accept and the subprotocol echoed) — then no onOpen, frames flow; a handshake it refuses (403) stays HTTP; one that never ends its response gets 500
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

$ws = new Swoole\WebSocket\Server('127.0.0.1', 24305, SWOOLE_BASE);
$ws->on('handshake', function (Swoole\Http\Request $request, Swoole\Http\Response $response) {
    echo "handshake ", $request->server['request_uri'], "\n";
    if ($request->server['request_uri'] === '/deny') {
        $response->status(403);
        $response->end('no');
        return false;
    }
    if ($request->server['request_uri'] === '/forget')
        return false;
    $key = $request->header['sec-websocket-key'];
    $response->header('Upgrade', 'websocket');
    $response->header('Connection', 'Upgrade');
    $response->header('Sec-WebSocket-Accept', base64_encode(sha1($key . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true)));
    $response->header('Sec-WebSocket-Version', '13');
    if (isset($request->header['sec-websocket-protocol']))
        $response->header('Sec-WebSocket-Protocol', 'chat');
    $response->status(101);
    $response->end();
    return true;
});
$ws->on('open', function () {
    echo "onOpen must not run\n";
});
$ws->on('message', function ($ws, $frame) {
    echo "message $frame->data\n";
    var_dump($ws->isEstablished($frame->fd));
    $ws->push($frame->fd, "echo $frame->data");
});
ws_run($ws, <<<'PHP'
[$s, $head] = ws_open('/chat', "Sec-WebSocket-Protocol: chat, superchat\r\n");
echo preg_replace(['/^Date: .*$/m', '/^(Sec-Websocket-Accept:) .*$/m'], ['Date: DATE', '$1 ACCEPT'], $head);
ws_send($s, 1, 'hi');
[$op, $p] = ws_read($s);
echo "$op $p\n";
[$s, $head] = ws_open('/deny');
echo strtok($head, "\r\n"), "\n";
echo status(raw("GET /forget HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade, close\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
PHP);
?>
--EXPECT--
handshake /chat
message hi
bool(true)
handshake /deny
handshake /forget
HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Connection: Upgrade
Sec-Websocket-Accept: ACCEPT
Sec-Websocket-Version: 13
Sec-Websocket-Protocol: chat
Server: swoole-http-server
Date: DATE
Content-Type: text/html

1 echo hi
HTTP/1.1 403 Forbidden
HTTP/1.1 500 Internal Server Error [closed]