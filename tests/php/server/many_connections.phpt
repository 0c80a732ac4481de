--TEST--
Swoole\Server: 2000 concurrent connections, each echoed; connections iterator and getClientList
--SKIPIF--
<?php
if (!shell_exec('command -v python3')) die('skip python3 not available');
if ((int)shell_exec('ulimit -n') < 4200) die('skip needs 4200 file descriptors (ulimit -n)');
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['max_conn' => 3000]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import selectors
port = int(sys.argv[1])
N = 2000
socks = []
for i in range(N):
    socks.append(conn(port))
for i, s in enumerate(socks):
    s.sendall(b'%d;' % i)
ok = 0
for i, s in enumerate(socks):
    if readn(s, len(b'%d;' % i)) == b'%d;' % i:
        ok += 1
print('echoed', ok)
socks[0].sendall(b'count;')
print(readn(socks[0], 4))
for s in socks:
    s.close()
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    if ($data === 'count;') {
        $n = 0;
        foreach ($s->connections as $c)
            $n++;
        $list = $s->getClientList(0, 100);
        $more = $s->getClientList(1950, 100);
        var_dump(count($list), $list[0], count($more), $more[0]);
        $s->send($fd, (string)$n);
        return;
    }
    $s->send($fd, $data);
});
$closed = 0;
$server->on('close', function ($s, $fd) use (&$closed) {
    if (++$closed == 2000) {
        var_dump(count($s->connections), $s->stats()['accept_count']);
        $s->shutdown();
    }
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
int(100)
int(1)
int(50)
int(1951)
int(0)
int(2000)
echoed 2000
b'2000'
