--TEST--
websocket: close handshake (the peer's code echoed, onClose once), open_websocket_close_frame (a CloseFrame with code and reason in onMessage), disconnect() with code and reason, isEstablished(), push() to a closed fd / a plain HTTP fd / a never-connected fd → false with Swoole's warning, push of a CloseFrame keeps the connection open
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

$ws = new Swoole\WebSocket\Server('127.0.0.1', 24302, SWOOLE_BASE);
$ws->set(['open_websocket_close_frame' => true]);
$closed = [];
$ws->on('open', function ($ws, $req) {
    var_dump($ws->isEstablished($req->fd));
});
$ws->on('request', function ($req, $resp) {
    global $ws;   /* not use ($ws): a server captured by its own callback leaks (core issue, see the report) */
    var_dump($ws->isEstablished($req->fd), $ws->push($req->fd, 'not a websocket'));
    $resp->end('plain');
});
$ws->on('message', function ($ws, $frame) use (&$closed) {
    if ($frame instanceof Swoole\WebSocket\CloseFrame) {
        echo "CloseFrame op:$frame->opcode code:$frame->code reason:$frame->reason\n";
        return;
    }
    echo "message $frame->data\n";
    if ($frame->data === 'kick') {
        var_dump($ws->disconnect($frame->fd, 4000, 'kicked'));
        var_dump($ws->isEstablished($frame->fd));
        var_dump($ws->push($frame->fd, 'after'));
        var_dump($ws->disconnect($frame->fd));
    } elseif ($frame->data === 'closeframe') {
        $c = new Swoole\WebSocket\CloseFrame;
        $c->code = 4001;
        $c->reason = 'server says bye';
        var_dump($ws->push($frame->fd, $c));
        var_dump($ws->isEstablished($frame->fd));
    } elseif ($frame->data === 'check') {
        foreach ($closed as $fd)
            var_dump($ws->push($fd, 'late'));
        var_dump($ws->push(9999, 'nobody'));
        var_dump($ws->disconnect($frame->fd, 999));
        $ws->push($frame->fd, 'checked');
    }
});
$ws->on('close', function ($ws, $fd) use (&$closed) {
    $closed[] = $fd;
    echo "onClose\n";
});
ws_run($ws, <<<'PHP'
// 1. the client closes with a code and a reason
[$s] = ws_open();
ws_send($s, 8, pack('n', 4321) . 'client done');
[$op, $p] = ws_read($s);
echo "1: reply op $op ", ws_close_info($p), "\n";
var_dump(ws_eof($s));
// 2. the server disconnects
[$s] = ws_open();
ws_send($s, 1, 'kick');
[$op, $p] = ws_read($s);
echo "2: op $op ", ws_close_info($p), "\n";
var_dump(ws_eof($s));
// 3. the server pushes a CloseFrame: still open until we answer
[$s] = ws_open();
ws_send($s, 1, 'closeframe');
[$op, $p] = ws_read($s);
echo "3: op $op ", ws_close_info($p), "\n";
ws_send($s, 1, 'still here');
ws_send($s, 8, pack('n', 4001));
var_dump(ws_eof($s));
// 4. plain HTTP next to websockets; pushes to gone fds
echo trim(status(raw("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))), "\n";
[$s] = ws_open();
ws_send($s, 1, 'check');
[$op, $p] = ws_read($s);
echo "4: $p\n";
ws_send($s, 8, '');
[$op, $p] = ws_read($s);
echo "4: close reply op $op ", ws_close_info($p), "\n";
PHP);
?>
--EXPECTF--
bool(true)
CloseFrame op:8 code:4321 reason:client done
onClose
bool(true)
message kick
onClose
bool(true)
bool(false)

Warning: Swoole\WebSocket\Server::push(): the connected client of connection[%d] is not a websocket client or closed in %s on line %d
bool(false)
bool(false)
bool(true)
message closeframe
bool(true)
bool(true)
message still here
CloseFrame op:8 code:4001 reason:
onClose

Warning: Swoole\WebSocket\Server::push(): the connected client of connection[%d] is not a websocket client or closed in %s on line %d
bool(false)
bool(false)
onClose
bool(true)
message check

Warning: Swoole\WebSocket\Server::push(): the connected client of connection[%d] is not a websocket client or closed in %s on line %d
bool(false)

Warning: Swoole\WebSocket\Server::push(): the connected client of connection[%d] is not a websocket client or closed in %s on line %d
bool(false)

Warning: Swoole\WebSocket\Server::push(): the connected client of connection[%d] is not a websocket client or closed in %s on line %d
bool(false)

Warning: Swoole\WebSocket\Server::push(): the connected client of connection[%d] is not a websocket client or closed in %s on line %d
bool(false)

Warning: Swoole\WebSocket\Server::push(): the connected client of connection[%d] is not a websocket client or closed in %s on line %d
bool(false)

Warning: Swoole\WebSocket\Server::disconnect(): the close code must be 1000 or in 3000..4999, 999 given in %s on line %d
bool(false)
CloseFrame op:8 code:1000 reason:
onClose
1: reply op 8 4321 
bool(true)
2: op 8 4000 kicked
bool(true)
3: op 8 4001 server says bye
bool(true)
HTTP/1.1 200 OK [closed]
4: checked
4: close reply op 8 (no code)