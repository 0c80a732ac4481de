--TEST--
Swoole\Server: TCP6, pause()/resume() hold and release input, close($fd, true) resets, enable_coroutine off
--SKIPIF--
<?php
if (!shell_exec('command -v python3')) die('skip python3 not available');
if (!@stream_socket_server('tcp://[::1]:0')) die('skip no IPv6');
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('::1', 0, SWOOLE_BASE, SWOOLE_SOCK_TCP6);
$server->set(['enable_coroutine' => false]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]), socket.AF_INET6, '::1')
a.sendall(b'held')
print(readn(a, 2))
a.sendall(b'bye')
print('reset:', wait_closed(a))
PY, [$s->port]);
});
$server->on('connect', function ($s, $fd) {
    var_dump(Co::getCid(), $s->pause($fd), $s->getClientInfo($fd)['remote_ip']);
    Swoole\Timer::after(300, function () use ($s, $fd) {
        echo "resume\n";
        var_dump($s->resume($fd));
    });
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    var_dump($data);
    if ($data === 'held')
        $s->send($fd, 'ok');
    else
        var_dump($s->close($fd, true), $s->exist($fd), $s->close($fd));
});
$server->on('close', function ($s, $fd) {
    echo "close $fd\n";
    $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
int(-1)
bool(true)
string(3) "::1"
resume
bool(true)
string(4) "held"
string(3) "bye"
close 1
bool(true)
bool(false)
bool(false)
b'ok'
reset: True
