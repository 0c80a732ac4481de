--TEST--
websocket: permessage-deflate (websocket_compression, RFC 7692 without context takeover) against python3's zlib: negotiated answer, compressed messages both ways (one frame and fragmented), push with SWOOLE_WEBSOCKET_FLAG_COMPRESS; a client that did not offer it gets plain frames even with the flag; RSV1 on a continuation → 1002; a bomb over package_max_length → 1009; garbage → 1007
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

$ws = new Swoole\WebSocket\Server('127.0.0.1', 24309, SWOOLE_BASE);
$ws->set(['websocket_compression' => true, 'package_max_length' => 200000]);
$ws->on('message', function ($ws, $frame) {
    echo "message ", strlen($frame->data), " bytes, md5 ", md5($frame->data), " flags $frame->flags\n";
    var_dump($ws->push($frame->fd, str_repeat($frame->data, 2), $frame->opcode,
                       SWOOLE_WEBSOCKET_FLAG_FIN | SWOOLE_WEBSOCKET_FLAG_COMPRESS));
});
echo "want ", md5(str_repeat('compress me ', 100)), " ", md5('fragmented compressed'), "\n";
ws_run($ws, <<<'PHP'
$py = <<<'PY'
import socket, base64, os, struct, sys, zlib, hashlib
port = int(sys.argv[1])
def conn(ext):
    s = socket.create_connection(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall(("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n%s\r\n" % (key, ext)).encode())
    buf = b""
    while b"\r\n\r\n" not in buf:
        buf += s.recv(1)
    for l in buf.decode().split("\r\n"):
        if l.lower().startswith("sec-websocket-extensions"):
            print("answer:", l)
    return s
def recv_exact(s, n):
    d = b""
    while len(d) < n:
        c = s.recv(n - len(d))
        if not c: return None
        d += c
    return d
def frame(s):
    h = recv_exact(s, 2)
    if h is None: return None
    n = h[1] & 127
    if n == 126: n = struct.unpack("!H", recv_exact(s, 2))[0]
    elif n == 127: n = struct.unpack("!Q", recv_exact(s, 8))[0]
    return h[0], recv_exact(s, n)
def send(s, b0, payload):
    mask = os.urandom(4)
    n = len(payload)
    h = bytes([b0])
    if n < 126: h += bytes([0x80 | n])
    elif n < 65536: h += bytes([0x80 | 126]) + struct.pack("!H", n)
    else: h += bytes([0x80 | 127]) + struct.pack("!Q", n)
    s.sendall(h + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))
def deflate(data):
    c = zlib.compressobj(wbits=-15)
    out = c.compress(data) + c.flush(zlib.Z_SYNC_FLUSH)
    assert out.endswith(b"\x00\x00\xff\xff")
    return out[:-4]
def inflate(data):
    return zlib.decompressobj(wbits=-15).decompress(data + b"\x00\x00\xff\xff")
def show(s):
    f = frame(s)
    if f is None: print("eof"); return
    b0, p = f
    if b0 & 0x40: p = inflate(p); tag = "compressed"
    else: tag = "plain"
    if b0 & 15 == 8: print("close", struct.unpack("!H", p[:2])[0]); return
    print(tag, "op", b0 & 15, len(p), hashlib.md5(p).hexdigest())

s = conn("Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n")
msg = b"compress me " * 100
send(s, 0xC1, deflate(msg))                 # FIN + RSV1 + text
show(s)
z = deflate(b"fragmented compressed")
send(s, 0x42, z[:5]); send(s, 0x80, z[5:])  # RSV1 on the first fragment only
show(s)
send(s, 0x81, b"plain on a deflate connection")
show(s)
send(s, 0x01, b"a"); send(s, 0xC0, b"b")     # RSV1 on a continuation
show(s)
s = conn("Sec-WebSocket-Extensions: permessage-deflate\r\n")
send(s, 0xC2, deflate(b"\0" * 1000000))      # inflates past package_max_length
show(s)
s = conn("Sec-WebSocket-Extensions: permessage-deflate\r\n")
send(s, 0xC2, b"\xff\xff\xff garbage")
show(s)
s = conn("")                                 # not offered
send(s, 0x81, b"no deflate")
show(s)
send(s, 0xC1, deflate(b"x"))                 # RSV1 without the extension
show(s)
PY;
file_put_contents($f = sys_get_temp_dir() . '/ws_deflate_' . getmypid() . '.py', $py);
passthru('python3 ' . escapeshellarg($f) . " $PORT 2>&1");
unlink($f);
PHP);
?>
--EXPECT--
want d3818f590173c46a1f5613388b8c274d c523f94c60d7f7d9bdcf86011cdc43d4
message 1200 bytes, md5 d3818f590173c46a1f5613388b8c274d flags 3
bool(true)
message 21 bytes, md5 c523f94c60d7f7d9bdcf86011cdc43d4 flags 3
bool(true)
message 29 bytes, md5 7b7cc01741991a0ba606221db07c984e flags 1
bool(true)
message 10 bytes, md5 5dc72fd95e356f099993806bb5a7a661 flags 1
bool(true)
answer: Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover
compressed op 1 2400 7e711f6b51f3b43d63fe984333733efb
compressed op 2 42 2d73b676b71c0c755eb69128a38f029d
compressed op 1 58 c44cc7fa56863c48c8f1b12534d050bf
close 1002
answer: Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover
close 1009
answer: Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover
close 1007
plain op 1 20 bc86f062c226ca9d617447cf1e43e3f4
close 1002
