--TEST--
Swoole\Server: error codes — SWOOLE_ERROR_SESSION_* constants, getLastError() and swoole_last_error() agree, swoole_strerror() has Swoole's text
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

foreach (['SESSION_CLOSED_BY_SERVER', 'SESSION_CLOSED_BY_CLIENT', 'SESSION_CLOSING',
          'SESSION_CLOSED', 'SESSION_NOT_EXIST', 'SESSION_INVALID_ID',
          'SESSION_DISCARD_TIMEOUT_DATA', 'SESSION_DISCARD_DATA', 'OUTPUT_BUFFER_OVERFLOW',
          'OUTPUT_SEND_YIELD', 'PACKAGE_LENGTH_TOO_LARGE', 'PACKAGE_LENGTH_NOT_FOUND',
          'DATA_LENGTH_TOO_LARGE', 'PACKAGE_MALFORMED_DATA', 'SERVER_TOO_MANY_SOCKET',
          'SERVER_WORKER_TERMINATED', 'SERVER_WORKER_EXIT_TIMEOUT'] as $name) {
    $code = constant("SWOOLE_ERROR_$name");
    echo "$name $code ", swoole_strerror($code), "\n";
}

function show(Swoole\Server $s, string $what, bool $ret)
{
    $code = $s->getLastError();
    echo "$what: ", var_export($ret, true), " $code ", swoole_strerror($code),
         $code === swoole_last_error() ? '' : ' (swoole_last_error() differs: ' . swoole_last_error() . ')', "\n";
}

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['buffer_output_size' => 64 << 20]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
a = conn(int(sys.argv[1]))
a.sendall(b'go')
time.sleep(0.5)
n = 0
while True:
    c = a.recv(1 << 20)
    if not c:
        break
    n += len(c)
print('peer got', n)
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    show($s, 'send to a session that never was', $s->send(999, 'x'));
    show($s, 'send to session 0', $s->send(0, 'x'));
    show($s, 'close session -1', $s->close(-1));
    /* more than the socket takes at once: the rest stays queued, so close() waits */
    var_dump($s->send($fd, str_repeat('z', 32 << 20)));
    var_dump($s->close($fd));
    var_dump($s->exist($fd), $s->getClientInfo($fd));
    show($s, 'send while closing', $s->send($fd, 'late'));
    show($s, 'close while closing', $s->close($fd));
    show($s, 'pause while closing', $s->pause($fd));
});
$server->on('close', function ($s, $fd) {
    show($s, 'send after close', $s->send($fd, 'x'));
    swoole_clear_error();
    var_dump(swoole_last_error(), $s->getLastError());
    $s->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
SESSION_CLOSED_BY_SERVER 1001 Session closed by server
SESSION_CLOSED_BY_CLIENT 1002 Session closed by client
SESSION_CLOSING 1003 Session closing
SESSION_CLOSED 1004 Session closed
SESSION_NOT_EXIST 1005 Session not exist
SESSION_INVALID_ID 1006 Session invalid id
SESSION_DISCARD_TIMEOUT_DATA 1007 Session discard timeout data
SESSION_DISCARD_DATA 1008 Session discard data
OUTPUT_BUFFER_OVERFLOW 1009 Output buffer overflow
OUTPUT_SEND_YIELD 1010 Output send yield
PACKAGE_LENGTH_TOO_LARGE 1201 Package length too large
PACKAGE_LENGTH_NOT_FOUND 1202 Package length not found
DATA_LENGTH_TOO_LARGE 1203 Data length too large
PACKAGE_MALFORMED_DATA 1204 Package malformed data
SERVER_TOO_MANY_SOCKET 9002 Server too many socket
SERVER_WORKER_TERMINATED 9003 Server worker terminated
SERVER_WORKER_EXIT_TIMEOUT 9101 Server worker exit timeout
send to a session that never was: false 1005 Session not exist
send to session 0: false 1006 Session invalid id
close session -1: false 1006 Session invalid id
bool(true)
bool(true)
bool(false)
bool(false)
send while closing: false 1003 Session closing
close while closing: false 1003 Session closing
pause while closing: false 1003 Session closing
send after close: false 1005 Session not exist
int(0)
int(0)
peer got 33554432
