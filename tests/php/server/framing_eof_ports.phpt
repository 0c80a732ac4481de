--TEST--
Swoole\Server: open_eof_split on the main port, a second port from listen() with its own set() and on()
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['open_eof_split' => true, 'package_eof' => "\r\n"]);
$port2 = $server->listen('127.0.0.1', 0, SWOOLE_SOCK_TCP);
var_dump($port2 instanceof Swoole\Server\Port, count($server->ports), $server->ports[1] === $port2);
$port2->set(['open_eof_split' => false, 'open_length_check' => true, 'package_length_type' => 'n',
             'package_body_offset' => 2]);
$port2->on('receive', function ($s, $fd, $rid, $data) {
    echo "port2 fd $fd: ", json_encode(substr($data, 2)), "\n";
    $s->send($fd, 'ok');
});
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $port2) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]))
a.sendall(b'one\r'); time.sleep(0.05)
a.sendall(b'\ntwo\r\nthree\r\n')
print(readn(a, 3))
b = conn(int(sys.argv[2]))
b.sendall(struct.pack('>H', 3) + b'abc')
print(readn(b, 2))
b.close()
a.close()
PY, [$s->port, $port2->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    echo "main fd $fd: ", json_encode($data), "\n";
    if ($data === "three\r\n")
        $s->send($fd, 'END');
});
$closed = 0;
$server->on('close', function ($s, $fd) use (&$closed) {
    if (++$closed == 2)
        $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
bool(true)
int(2)
bool(true)
main fd 1: "one\r\n"
main fd 1: "two\r\n"
main fd 1: "three\r\n"
port2 fd 2: "abc"
b'END'
b'ok'
