--TEST--
websocket: bad input — unmasked client frame → close 1002, a frame or a fragmented message over package_max_length → 1009 (before its payload arrives), reserved opcode / RSV bits / fragmented ping / bad close code → 1002, invalid UTF-8 text → 1007, a peer vanishing mid-frame; bad handshakes (no key, version 8, POST, short key) → 400; plain HTTP without onRequest → 400; curl's handshake (the RFC's own key) gets the RFC's accept; the server keeps working after each
--SKIPIF--
<?php
if (!extension_loaded('swoole')) die('skip swoole not loaded');
if (!trim((string)shell_exec('command -v curl 2>/dev/null'))) die('skip curl not installed');
?>
--INI--
swoole.plugins[0]=http
swoole.plugins[1]=websocket
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/websocket.inc';

$ws = new Swoole\WebSocket\Server('127.0.0.1', 24303, SWOOLE_BASE);
$ws->set(['package_max_length' => 1000]);
$ws->on('open', function ($ws, $req) {
    if (($req->get['curl'] ?? '') === '1') {
        $ws->push($req->fd, 'hi curl');
        $ws->disconnect($req->fd, 1000, 'done');
    }
});
$ws->on('message', function ($ws, $frame) {
    $ws->push($frame->fd, 'ok');
});
/* the order of onClose and the next connection's events is the loop's: not printed */
ws_run($ws, <<<'PHP'
function expect_close($name, $bytes, $split = false) {
    [$s] = ws_open();
    if ($split) {   // header first: the error must not wait for the payload
        fwrite($s, substr($bytes, 0, $split));
    } else {
        fwrite($s, $bytes);
    }
    $f = ws_read($s);
    echo "$name: ", $f ? "op $f[0] " . ws_close_info($f[1]) : "no close frame", " eof:",
         var_export(ws_eof($s), true), "\n";
}
function works() {
    [$s, $head] = ws_open();
    ws_send($s, 1, 'x');
    $f = ws_read($s);
    echo "  still works: ", $f ? $f[1] : 'no', "\n";
}
expect_close('unmasked', ws_frame(1, 'hello', true, false));
expect_close('oversize frame', ws_frame(2, str_repeat('a', 1001)), 4 + 4);
expect_close('oversize message', ws_frame(2, str_repeat('a', 600), false) . ws_frame(0, str_repeat('b', 600)), 4 + 4 + 600 + 8);
expect_close('reserved opcode', ws_frame(3, 'x'));
expect_close('rsv1', chr(0xC1) . substr(ws_frame(1, 'x'), 1));
expect_close('fragmented ping', ws_frame(9, 'x', false));
expect_close('close code 1005', ws_frame(8, pack('n', 1005)));
expect_close('close 1 byte', ws_frame(8, 'x'));
expect_close('bad utf-8', ws_frame(1, "caf\xC3"));
expect_close('continuation first', ws_frame(0, 'x'));
works();
// a peer that vanishes in the middle of a frame
[$s] = ws_open();
fwrite($s, substr(ws_frame(1, str_repeat('z', 500)), 0, 100));
fclose($s);
works();
// bad handshakes
$bad = [
    'no key' => "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n",
    'version 8' => "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n\r\n",
    'post' => "POST / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nContent-Length: 0\r\n\r\n",
    'short key' => "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: c2hvcnQ=\r\nSec-WebSocket-Version: 13\r\n\r\n",
    'no connection upgrade' => "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
    'plain http' => "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
];
foreach ($bad as $name => $req)
    echo "$name: ", status(raw($req)), "\n";
echo head(raw($bad['plain http'])), "\n", head(raw($bad['no key'])), "\n";
works();
// curl as the peer: it has no ws:// support here, but speaks the handshake as HTTP
$out = (string)shell_exec("curl -s --max-time 10 -i -N -H 'Upgrade: websocket' -H 'Connection: Upgrade' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' -H 'Sec-WebSocket-Version: 13' 'http://127.0.0.1:$PORT/?curl=1'");
$head = strstr($out, "\r\n\r\n", true);
$frames = substr(strstr($out, "\r\n\r\n"), 4);
echo "curl: ", strtok($head, "\r\n"), "\n";
echo "curl accept: ", preg_match('/^Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK\+xOo=\r?$/mi', $head), "\n";
echo "curl frames: ", bin2hex($frames), "\n";
PHP);
?>
--EXPECT--
unmasked: op 8 1002  eof:true
oversize frame: op 8 1009  eof:true
oversize message: op 8 1009  eof:true
reserved opcode: op 8 1002  eof:true
rsv1: op 8 1002  eof:true
fragmented ping: op 8 1002  eof:true
close code 1005: op 8 1002  eof:true
close 1 byte: op 8 1002  eof:true
bad utf-8: op 8 1007  eof:true
continuation first: op 8 1002  eof:true
  still works: ok
  still works: ok
no key: HTTP/1.1 400 Bad Request [closed]

version 8: HTTP/1.1 400 Bad Request [closed]

post: HTTP/1.1 400 Bad Request [closed]

short key: HTTP/1.1 400 Bad Request [closed]

no connection upgrade: HTTP/1.1 400 Bad Request [closed]

plain http: HTTP/1.1 400 Bad Request [closed]

HTTP/1.1 400 Bad Request
Server: swoole-http-server
Date: DATE
Content-Type: text/plain
Content-Length: 12
Connection: close

Bad Request
 [closed]

HTTP/1.1 400 Bad Request
Content-Type: text/html
Connection: close
Content-Length: 83

<html><body><h2>HTTP 400 Bad Request</h2><hr><i>Powered by Swoole</i></body></html> [closed]

  still works: ok
curl: HTTP/1.1 101 Switching Protocols
curl accept: 1
curl frames: 81076869206375726c880603e8646f6e65