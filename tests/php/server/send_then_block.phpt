--TEST--
Swoole\Server: what a handler sent leaves before the handler goes on computing (or blocking) for long
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]))
a.sendall(b'go')
t0 = time.time()
r = readn(a, 8)
dt = time.time() - t0
print(r, 'early' if dt < 0.5 else 'late (%.2f s)' % dt)
print(readn(a, 4))
a.close()
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    $s->send($fd, 'progress');
    /* a blocking call (no coroutine hook): 1.5 s in which the loop does not run */
    $t = microtime(true);
    time_nanosleep(1, 500000000);
    $s->send($fd, 'done');
});
$server->on('close', function ($s, $fd) { $s->shutdown(); });
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
b'progress' early
b'done'
