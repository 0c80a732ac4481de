--TEST--
Swoole\Server: backlog, open_tcp_keepalive + tcp_keepidle on accepted connections (seen with ss)
--SKIPIF--
<?php
if (!shell_exec('command -v python3')) die('skip python3 not available');
if (!shell_exec('command -v ss')) die('skip ss (iproute2) not available');
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$plain = $server->listen('127.0.0.1', 0, SWOOLE_SOCK_TCP);
$server->set(['backlog' => 77]);
$server->ports[0]->set(['open_tcp_keepalive' => true, 'tcp_keepidle' => 600, 'tcp_keepinterval' => 30]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $plain) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]))
b = conn(int(sys.argv[2]))
b.sendall(b'x'); readn(b, 1)
a.sendall(b'check')
print(readn(a, 2))
PY, [$s->port, $plain->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) use ($plain) {
    if ($data === 'x') {
        $s->send($fd, 'x');
        return;
    }
    $listen = shell_exec("ss -Hltn 'sport = :{$s->port}'");
    echo "backlog: ", preg_split('/\s+/', trim($listen))[2], "\n";
    $ka = shell_exec("ss -Htno state established 'sport = :{$s->port}'");
    $no = shell_exec("ss -Htno state established 'sport = :{$plain->port}'");
    var_dump(str_contains($ka, 'keepalive'), str_contains($no, 'keepalive'));
    $s->send($fd, 'ok');
    $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
backlog: 77
bool(true)
bool(false)
b'ok'
