--TEST--
websocket: the seed's examples (1.3.4 and chapter 8): open with $request (fd, get, server), push from onOpen, onMessage echoes with "server:", onClose; a client of our own and a python3 one
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

$ws = new swoole_websocket_server('127.0.0.1', 24300, SWOOLE_BASE);
var_dump($ws instanceof Swoole\Http\Server);
$ws->on('open', function ($ws, $request) {
    var_dump(is_int($request->fd), $request->get, $request->server['request_uri']);
    $ws->push($request->fd, "hello, welcome\n");
});
$ws->on('message', function ($ws, $frame) {
    echo "Message:{$frame->data},opcode:{$frame->opcode},fin:{$frame->finish}\n";
    $ws->push($frame->fd, "server:{$frame->data}");
});
$ws->on('close', function ($ws, $fd) {
    echo "client-closed\n";
});
ws_run($ws, <<<'PHP'
[$s, $head] = ws_open('/chat?room=1');
echo strtok($head, "\r\n"), "\n";
[$op, $p] = ws_read($s);
echo "got $op ", json_encode($p), "\n";
ws_send($s, 1, "hi");
[$op, $p] = ws_read($s);
echo "got $op $p\n";
ws_send($s, 8, pack('n', 1000) . "bye");
[$op, $p] = ws_read($s);
echo "close reply $op ", ws_close_info($p), "\n";
var_dump(ws_eof($s));
// python3's raw-socket client
$py = <<<'PY'
import socket, base64, os, hashlib, struct, sys
port = int(sys.argv[1])
s = socket.create_connection(("127.0.0.1", port))
key = base64.b64encode(os.urandom(16)).decode()
s.sendall(("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
           "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % key).encode())
buf = b""
while b"\r\n\r\n" not in buf:
    buf += s.recv(1)
acc = base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()).decode()
print("py", buf.split(b"\r\n")[0].decode(), ("Sec-WebSocket-Accept: " + acc) in buf.decode())
def recv_exact(n):
    d = b""
    while len(d) < n:
        c = s.recv(n - len(d))
        if not c: raise SystemExit("eof")
        d += c
    return d
def frame():
    b0, b1 = recv_exact(2)
    n = b1 & 127
    if n == 126: n = struct.unpack("!H", recv_exact(2))[0]
    elif n == 127: n = struct.unpack("!Q", recv_exact(8))[0]
    return b0 & 15, recv_exact(n)
print("py", frame())
mask = os.urandom(4)
msg = "héllo".encode()
s.sendall(bytes([0x81, 0x80 | len(msg)]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(msg)))
op, p = frame()
print("py", op, p.decode())
s.sendall(bytes([0x88, 0x82]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(struct.pack("!H", 1001))))
op, p = frame()
print("py close", op, struct.unpack("!H", p)[0])
s.close()
PY;
file_put_contents($f = sys_get_temp_dir() . '/ws_seed_' . getmypid() . '.py', $py);
passthru('python3 ' . escapeshellarg($f) . " $PORT");
unlink($f);
PHP);
?>
--EXPECT--
bool(true)
bool(true)
array(1) {
  ["room"]=>
  string(1) "1"
}
string(5) "/chat"
Message:hi,opcode:1,fin:1
client-closed
bool(true)
NULL
string(1) "/"
Message:héllo,opcode:1,fin:1
client-closed
HTTP/1.1 101 Switching Protocols
got 1 "hello, welcome\n"
got 1 server:hi
close reply 8 1000 
bool(true)
py HTTP/1.1 101 Switching Protocols True
py (1, b'hello, welcome\n')
py 1 server:héllo
py close 8 1001
