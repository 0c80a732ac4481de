--TEST--
Swoole\Server: sendfile() — an 8 MB file to a slow reader comes out byte-exact, in order with send(); offset/length; the file stays open only while queued; bad files warn and return false
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$file = tempnam(sys_get_temp_dir(), 'swsendfile');
/* a random block of an odd size, repeated: a byte out of place changes the md5 */
$content = substr(str_repeat(random_bytes(65537), 129), 0, 8 << 20);
file_put_contents($file, $content);
$size = strlen($content);
$expected = 'HEAD' . $content . 'MID' . substr($content, 100, 1000) . substr($content, $size - 10)
          . 'TAIL' . substr($content, 0, 5) . 'END';
$dir = sys_get_temp_dir() . '/swsendfile_dir_' . getmypid();
mkdir($dir);

/* descriptors of this process open on the file */
function fds_on(string $file): int
{
    $n = 0;
    foreach (scandir('/proc/self/fd') as $fd)
        if (@readlink("/proc/self/fd/$fd") === realpath($file))
            $n++;
    return $n;
}

$server = new Swoole\Server('127.0.0.1', 0);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $expected) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import hashlib
def slow(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
    s.settimeout(30)
    s.connect(('127.0.0.1', port))
    return s
a = slow(int(sys.argv[1]))
a.sendall(b'go')
want = int(sys.argv[2])
got = bytearray()
while len(got) < want:
    c = a.recv(65536)
    if not c:
        break
    got += c
    if len(got) < (1 << 20):
        time.sleep(0.002)  # slow at first: the server's queue backs up
print('peer got', len(got), hashlib.md5(got).hexdigest())
a.close()
b = slow(int(sys.argv[1]))
b.sendall(b'drop')
time.sleep(0.5)
b.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
b.close()
PY, [$s->port, strlen($expected)]);
});
$server->on('receive', function ($s, $fd, $rid, $data) use ($file, $size, $dir) {
    if ($data === 'drop') {
        var_dump($s->sendfile($fd, $file), $s->sendfile($fd, $file));
        echo "queued on the dropped connection, file fds: ", fds_on($file), "\n";
        return;
    }
    var_dump($s->send($fd, 'HEAD'), $s->sendfile($fd, $file), $s->send($fd, 'MID'),
             $s->sendfile($fd, $file, 100, 1000), $s->sendfile($fd, $file, $size - 10),
             $s->send($fd, 'TAIL'), $s->sendfile($fd, $file, 0, 5), $s->send($fd, 'END'));
    echo "file fds while queued: ", fds_on($file), "\n";
    $info = $s->getClientInfo($fd);
    var_dump($info['send_queued_bytes'] > 0);

    var_dump($s->sendfile($fd, $file . '.nope'), $s->getLastError() === 2 /* ENOENT */);
    var_dump($s->sendfile($fd, $dir), $s->getLastError() === SWOOLE_ERROR_SERVER_IS_NOT_REGULAR_FILE);
    var_dump($s->sendfile($fd, $file, $size), $s->getLastError());
    var_dump($s->sendfile($fd, $file, $size - 10, 11), $s->getLastError());
    var_dump($s->sendfile($fd, $file, -1));
    var_dump($s->sendfile(9999, $file), $s->getLastError());
    echo "file fds after the failures: ", fds_on($file), "\n";
});
$server->on('close', function ($s, $fd) use ($file) {
    echo "close $fd, file fds: ", fds_on($file), "\n";
    if ($fd == 2)
        $s->shutdown();
});
$server->start();
$out = sw_peer_end($peer);
echo str_replace(md5($expected), 'md5-of-expected', $out);
unlink($file);
rmdir($dir);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
file fds while queued: 4
bool(true)

Warning: Swoole\Server::sendfile(): open(%s.nope) failed: No such file or directory in %s on line %d
bool(false)
bool(true)

Warning: Swoole\Server::sendfile(): %s: not a regular file in %s on line %d
bool(false)
bool(true)

Warning: Swoole\Server::sendfile(): %s: nothing to send at offset 8388608 of a file of 8388608 bytes in %s on line %d
bool(false)
int(702)

Warning: Swoole\Server::sendfile(): %s: offset 8388598 + length 11 is past the end of a file of 8388608 bytes in %s on line %d
bool(false)
int(505)

Warning: Swoole\Server::sendfile(): offset and length must not be negative in %s on line %d
bool(false)
bool(false)
int(1005)
file fds after the failures: 4
close 1, file fds: 0
bool(true)
bool(true)
queued on the dropped connection, file fds: 2
close 2, file fds: 0
peer got 8389637 md5-of-expected
