--TEST--
websocket: fragmented messages (text in three parts with a ping between them, binary), ping → automatic pong, pong ignored, binary and empty frames, 1 MB messages both ways (7/16/64-bit lengths), every opcode of push()
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

$ws = new Swoole\WebSocket\Server('127.0.0.1', 24301, SWOOLE_BASE);
$ws->on('message', function ($ws, $frame) {
    $d = strlen($frame->data) > 40 ? strlen($frame->data) . ' bytes' : bin2hex($frame->data);
    echo get_class($frame), " fd-ok:", (int)is_int($frame->fd), " op:$frame->opcode fin:",
         var_export($frame->finish, true), " flags:$frame->flags $d\n";
    if ($frame->data === 'big') {
        var_dump($ws->push($frame->fd, str_repeat('0123456789abcdef', 65536), WEBSOCKET_OPCODE_BINARY));
        return;
    }
    if ($frame->data === 'ops') {
        var_dump($ws->push($frame->fd, 'p', WEBSOCKET_OPCODE_PING));
        var_dump($ws->push($frame->fd, 'part1', WEBSOCKET_OPCODE_TEXT, 0));
        var_dump($ws->push($frame->fd, 'part2', WEBSOCKET_OPCODE_CONTINUATION, SWOOLE_WEBSOCKET_FLAG_FIN));
        $f = new Swoole\WebSocket\Frame;
        $f->data = "\x00\x01";
        $f->opcode = WEBSOCKET_OPCODE_BINARY;
        var_dump($ws->push($frame->fd, $f));
        var_dump(@$ws->push($frame->fd, 'x', 3));
        return;
    }
    $ws->push($frame->fd, "len " . strlen($frame->data) . " md5 " . md5($frame->data), $frame->opcode);
});
ws_run($ws, <<<'PHP'
[$s] = ws_open();
function show($f) {
    if ($f === null) { echo "no frame\n"; return; }
    [$op, $p, $fin] = $f;
    echo "client got op:$op fin:", (int)$fin, " ", preg_match("/^[ -~]*\z/", $p) ? $p : bin2hex($p), "\n";
}
ws_send($s, 1, "Hel", false);
ws_send($s, 9, "are you there");
show(ws_read($s));                 // the pong, while the message is incomplete
ws_send($s, 0, "lo, ", false);
ws_send($s, 10, "unsolicited pong");
ws_send($s, 0, "wörld", true);
show(ws_read($s));
ws_send($s, 2, "\x00\xff\x00", false);
ws_send($s, 0, "\x01", true);
show(ws_read($s));
ws_send($s, 2, "");
show(ws_read($s));
ws_send($s, 1, str_repeat("é", 100));      // 200 bytes: 16-bit length
show(ws_read($s));
$big = str_repeat(random_bytes(1024), 1024);  // 1 MB: 64-bit length
ws_send($s, 2, $big);
[, $p] = ws_read($s);
echo $p === "len 1048576 md5 " . md5($big) ? "1 MB received intact\n" : "1 MB: $p\n";
ws_send($s, 1, "big");
[$op, $p] = ws_read($s, 30);
echo "op $op ", $p === str_repeat('0123456789abcdef', 65536) ? "1 MB pushed intact\n" : "1 MB push differs\n";
ws_send($s, 1, "ops");
for ($i = 0; $i < 4; $i++) show(ws_read($s));
PHP);
?>
--EXPECT--
Swoole\WebSocket\Frame fd-ok:1 op:1 fin:true flags:1 48656c6c6f2c2077c3b6726c64
Swoole\WebSocket\Frame fd-ok:1 op:2 fin:true flags:1 00ff0001
Swoole\WebSocket\Frame fd-ok:1 op:2 fin:true flags:1 
Swoole\WebSocket\Frame fd-ok:1 op:1 fin:true flags:1 200 bytes
Swoole\WebSocket\Frame fd-ok:1 op:2 fin:true flags:1 1048576 bytes
Swoole\WebSocket\Frame fd-ok:1 op:1 fin:true flags:1 626967
bool(true)
Swoole\WebSocket\Frame fd-ok:1 op:1 fin:true flags:1 6f7073
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
client got op:10 fin:1 are you there
client got op:1 fin:1 len 13 md5 7a9a26856d34d405b7b9de827773b008
client got op:2 fin:1 len 4 md5 7f5ddaebd0ad0c59dc86bb6e37966fd6
client got op:2 fin:1 len 0 md5 d41d8cd98f00b204e9800998ecf8427e
client got op:1 fin:1 len 200 md5 79bbe93f2c285420f1df88f98c509608
1 MB received intact
op 2 1 MB pushed intact
client got op:9 fin:1 p
client got op:1 fin:0 part1
client got op:0 fin:1 part2
client got op:2 fin:1 0001
