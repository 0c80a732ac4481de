--TEST--
Swoole\Server: send() then pcntl_fork() in a handler, the child stops its server and exits: the peer gets the bytes once
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available');
if (!function_exists('pcntl_fork')) die('skip pcntl is needed'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$main = getmypid();
$server = new Swoole\Server('127.0.0.1', 0);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]))
a.sendall(b'fork')
d = b''
while True:
    c = a.recv(65536)
    if not c:
        break
    d += c
print(d)
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    $s->send($fd, 'before fork');
    $pid = pcntl_fork();
    if ($pid === 0) {
        $s->shutdown();   /* the child stops its copy of the server and ends below */
        return;
    }
    pcntl_waitpid($pid, $st);
    $s->close($fd);
});
$server->on('close', function ($s, $fd) { echo "onClose $fd\n"; $s->shutdown(); });
$server->start();
if (getmypid() !== $main)
    exit(0);
echo sw_peer_end($peer);
?>
--EXPECT--
onClose 1
b'before fork'
