--TEST--
Swoole\Server: send() to one connection does not run another connection's onClose inside it, nor put that callback's bytes before its own
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

/* Timeline (ms): b's handler blocks 0..300, so x's and c's requests (sent at 50) are
 * served in one batch after it; x's handler sends, then blocks 300 ms, in which x's peer
 * resets (at 400); c's handler then sends. */
$server = new Swoole\Server('127.0.0.1', 0);
$peer = null;
$in_send = false;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
port = int(sys.argv[1])
b = conn(port); x = conn(port); c = conn(port)
time.sleep(0.3)
b.sendall(b'block')
time.sleep(0.05)
x.sendall(b'x')
c.sendall(b'c')
time.sleep(0.35)
x.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
x.close()
c.settimeout(5)
d = b''
try:
    while b'x left;' not in d or b'msg;' not in d:
        k = c.recv(100)
        if not k:
            break
        d += k
except socket.timeout:
    pass
print(d)
c.close()
b.close()
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) use (&$in_send) {
    if ($data === 'block') {
        time_nanosleep(0, 300000000);
    } elseif ($data === 'x') {
        $s->send($fd, 'for x');
        time_nanosleep(0, 300000000);
    } else {
        $in_send = true;
        $s->send($fd, 'msg;');
        $in_send = false;
    }
});
$server->on('close', function ($s, $fd) use (&$in_send) {
    if ($fd === 2) {
        echo "onClose x", $in_send ? " inside send() to another connection" : "", "\n";
        $s->send(3, 'x left;');
    } elseif ($fd === 3) {
        $s->shutdown();
    }
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
onClose x
b'msg;x left;'
