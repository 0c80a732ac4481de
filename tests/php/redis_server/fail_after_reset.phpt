--TEST--
redis_server: a malformed command behind a complete one, read after the peer has reset the connection (input held while a handler waited): writing the first reply fails and closes the connection, and the "-ERR Protocol error" answer is then not sent on the closed connection (it crashed: NULL connection); the server keeps serving
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded');
if (!trim((string)shell_exec('command -v python3 2>/dev/null'))) die('skip python3 missing'); ?>
--INI--
swoole.plugins[]=redis_server
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/redis_server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 0, SWOOLE_BASE);
$server->set(['log_level' => SWOOLE_LOG_ERROR]);
$log = [];
$server->setHandler('WAIT', function ($fd, $args) use (&$log) {
    $file = $args[0];
    touch($file);
    while (file_exists($file))   /* the client has sent the rest and reset the connection */
        Co::sleep(0.01);
    Co::sleep(0.1);
    $log[] = 'WAIT done';
    return null;                 /* no reply: the next write is the batch's */
});
$server->setHandler('PING', fn($fd, $args) => "+PONG\r\n");
rs_run($server, <<<'PHP'
$file = sys_get_temp_dir() . '/rs_failreset_' . getmypid();
/* WAIT; once the handler waits: PING, a malformed command and 400 KB (reading pauses past
 * 256 KB, so the reset is not seen before the handler ends); then a reset (SO_LINGER 0) */
$py = <<<PY
import socket, struct, os, time
s = socket.create_connection(('127.0.0.1', $PORT))
f = '$file'
s.sendall(b'*2\\r\\n\$4\\r\\nWAIT\\r\\n\$%d\\r\\n%s\\r\\n' % (len(f), f.encode()))
while not os.path.exists(f):
    time.sleep(0.01)
s.sendall(b'*1\\r\\n\$4\\r\\nPING\\r\\n*1\\r\\n\$x\\r\\n' + b'A' * 400000)
time.sleep(0.2)
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
s.close()
os.unlink(f)
PY;
$tmp = sys_get_temp_dir() . '/rs_failreset_' . getmypid() . '.py';
file_put_contents($tmp, $py);
echo trim((string)shell_exec('timeout 30 python3 ' . escapeshellarg($tmp) . ' 2>&1')), "\n";
unlink($tmp);
usleep(500000);
rs_ping();
PHP);
echo implode("\n", $log), "\n";
?>
--EXPECT--

ping: +PONG\r\n
WAIT done
