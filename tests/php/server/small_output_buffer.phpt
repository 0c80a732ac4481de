--TEST--
Swoole\Server: small sends in one handler under a buffer_output_size below 16 KiB all succeed (the socket takes them); with send_yield none waits forever
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['buffer_output_size' => 4096, 'send_yield' => true]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]))
a.settimeout(5)
a.sendall(b'go')
try:
    print('got', len(readn(a, 5000)))
except socket.timeout:
    print('timed out')
a.close()
PY, [$s->port]);
    /* a guard: the test ends even if a send waits forever */
    Swoole\Timer::after(8000, function () use ($s) { echo "guard\n"; $s->shutdown(); });
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    $ok = [];
    for ($i = 0; $i < 5; $i++)
        $ok[] = $s->send($fd, str_repeat(chr(ord('a') + $i), 1000)) ? 1 : 0;
    echo "sends: ", implode(' ', $ok), "\n";
});
$server->on('close', function ($s, $fd) { $s->shutdown(); });
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
sends: 1 1 1 1 1
got 5000
