--TEST--
Swoole\Server: UDP onPacket + sendto, Unix stream and Unix datagram ports
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$sock = sys_get_temp_dir() . '/sw_udp_unix_' . getmypid() . '.sock';
$dsock = sys_get_temp_dir() . '/sw_udp_unix_d_' . getmypid() . '.sock';
$server = new Swoole\Server('127.0.0.1', 0, SWOOLE_BASE, SWOOLE_SOCK_UDP);
$unix = $server->listen($sock, 0, SWOOLE_SOCK_UNIX_STREAM);
$dgram = $server->listen($dsock, 0, SWOOLE_SOCK_UNIX_DGRAM);
var_dump($unix->type === SWOOLE_SOCK_UNIX_STREAM, $dgram->type === SWOOLE_SOCK_UNIX_DGRAM);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $sock, $dsock) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.settimeout(30)
u.sendto(b'ping', ('127.0.0.1', int(sys.argv[1])))
print(u.recvfrom(100)[0])
x = conn(sys.argv[2], socket.AF_UNIX)
x.sendall(b'over unix')
print(readn(x, 14))
x.close()
me = sys.argv[3] + '.peer'
d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d.settimeout(30)
d.bind(me)
d.sendto(b'dgram', sys.argv[3])
print(d.recvfrom(100)[0])
os.unlink(me)
PY, [$s->port, $sock, $dsock]);
});
$server->on('packet', function ($s, $data, $info) {
    if ($info['port'] > 0) {
        var_dump($data, $info['address'], $info['server_port'] === $s->port);
        $s->sendto($info['address'], $info['port'], "pong:$data");
    } else {
        var_dump($data, str_ends_with($info['address'], '.peer'));
        $s->sendto($info['address'], 0, "back:$data");
        $s->shutdown();
    }
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    var_dump($data, $s->getClientInfo($fd)['socket_type'] === SWOOLE_SOCK_UNIX_STREAM);
    $s->send($fd, "unix:$data");
});
$server->start();
echo sw_peer_end($peer);
var_dump(file_exists($sock), file_exists($dsock));
unset($server, $unix, $dgram);
var_dump(file_exists($sock), file_exists($dsock));
?>
--EXPECT--
bool(true)
bool(true)
string(4) "ping"
string(9) "127.0.0.1"
bool(true)
string(9) "over unix"
bool(true)
string(5) "dgram"
bool(true)
b'pong:ping'
b'unix:over unix'
b'back:dgram'
bool(true)
bool(true)
bool(false)
bool(false)
