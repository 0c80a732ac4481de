--TEST--
websocket: $server->close($fd) from onMessage while more frames of the same read wait (they are dropped, onClose once), from onOpen, and a handler that yields before pushing (the connection gone meanwhile: push → false); exist() and isEstablished() of a websocket fd
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

$ws = new Swoole\WebSocket\Server('127.0.0.1', 24308, SWOOLE_BASE);
$ws->on('open', function ($ws, $req) {
    if (($req->get['close'] ?? '') === 'open') {
        var_dump($ws->close($req->fd));
    }
});
$late = 'not run';
$ws->on('message', function ($ws, $frame) use (&$late) {
    echo "message $frame->data\n";
    if ($frame->data === 'close') {
        var_dump($ws->exist($frame->fd), $ws->isEstablished($frame->fd));
        var_dump($ws->close($frame->fd));
        var_dump($ws->exist($frame->fd), $ws->isEstablished($frame->fd));
    } elseif ($frame->data === 'slow') {
        /* wait (bounded) until the peer's leaving has been seen, then push */
        for ($i = 0; $i < 1000 && $ws->exist($frame->fd); $i++)
            Co::sleep(0.01);
        $late = var_export(@$ws->push($frame->fd, 'too late'), true);   /* printed at the end */
    } elseif ($frame->data === 'ping') {
        $ws->push($frame->fd, 'pong');
    }
});
$closes = 0;
$ws->on('close', function ($ws, $fd) use (&$closes) {
    /* counted, not printed: when the loop sees one peer's leaving relative to another
     * connection's frames is not this test's business */
    $closes++;
});
ws_run($ws, <<<'PHP'
[$s] = ws_open();
fwrite($s, ws_frame(1, 'close') . ws_frame(1, 'never seen') . ws_frame(1, 'nor this'));
var_dump(ws_eof($s));
[$s, $head] = ws_open('/?close=open');
echo strtok($head, "\r\n"), "\n";
var_dump(ws_eof($s));
[$s] = ws_open();
ws_send($s, 1, 'slow');
fclose($s);
[$s] = ws_open();
ws_send($s, 1, 'ping');
echo ws_read($s)[1], "\n";
ws_send($s, 8, '');
var_dump(ws_eof($s));
PHP);
echo "push after the peer left: $late\n";
echo "onClose ran $closes times\n";
?>
--EXPECT--
message close
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
message slow
message ping
bool(true)
HTTP/1.1 101 Switching Protocols
bool(true)
pong
bool(true)
push after the peer left: false
onClose ran 4 times
