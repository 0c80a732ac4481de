--TEST--
Swoole\Server: send_yield — send() waits for the output buffer to drain instead of failing
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['buffer_output_size' => 64 * 1024, 'send_yield' => true]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = socket.socket()
a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
a.settimeout(30)
a.connect(('127.0.0.1', int(sys.argv[1])))
a.sendall(b'go')
time.sleep(0.3)
total = 0
while True:
    c = a.recv(65536)
    if not c:
        break
    total += len(c)
print('received', total)
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd) {
    $ok = 0;
    for ($i = 0; $i < 256; $i++)
        $ok += $s->send($fd, str_repeat(chr(65 + $i % 26), 16 * 1024)) ? 1 : 0;
    echo "sent $ok chunks\n";
    $s->close($fd);
});
$server->on('close', function ($s) { $s->shutdown(); });
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
sent 256 chunks
received 4194304
