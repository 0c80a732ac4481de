--TEST--
Swoole\Server: a client that never speaks is closed by the heartbeat; heartbeat(false) lists idle ones
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['heartbeat_check_interval' => 1, 'heartbeat_idle_time' => 2]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
port = int(sys.argv[1])
mute = conn(port)
talk = conn(port)
t0 = time.time()
# talk keeps speaking, mute never does
while True:
    talk.sendall(b'.')
    readn(talk, 1)
    mute.setblocking(False)
    try:
        gone = mute.recv(1) == b''
    except BlockingIOError:
        gone = False
    except ConnectionResetError:
        gone = True
    if gone:
        break
    time.sleep(0.2)
print('mute closed after >= 2s:', time.time() - t0 >= 1.5)
talk.sendall(b'q')
print(readn(talk, 1))
talk.close()
PY, [$s->port]);
});
$server->on('connect', function ($s, $fd) {
    if ($fd == 1)
        var_dump($s->heartbeat(false));  /* nobody is idle yet */
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    $s->send($fd, $data);
});
$server->on('close', function ($s, $fd) {
    echo "close $fd\n";
    if ($fd == 2)
        $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
array(0) {
}
close 1
close 2
mute closed after >= 2s: True
b'q'
