--TEST--
Swoole\Http\Server: static handler and sendfile() stream a 5 MB file as the connection drains (slow reader, small buffer_output_size, pipelining, client gone mid-file)
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v curl')) die('skip python3 or curl not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$root = sys_get_temp_dir() . '/sw_static_dl_' . getmypid();
@mkdir($root);
/* 5 MB; 1 MB under valgrind (USE_ZEND_ALLOC=0), where everything, curl included, is slow */
$size = getenv('USE_ZEND_ALLOC') === '0' ? 1024 * 1024 : 5 * 1024 * 1024;
$blk = '';
mt_srand(42);
for ($i = 0; $i < 16384; $i++)
    $blk .= pack('N', mt_rand());
$big = str_repeat($blk, $size / 65536) . 'tail';   /* not a multiple of the chunk size */
$size = strlen($big);
file_put_contents("$root/big.bin", $big);
file_put_contents("$root/a.txt", "small\n");
$md5 = md5($big);
unset($big, $blk);

$s = new Swoole\Http\Server('127.0.0.1', 0);
$s->set(['worker_num' => 1, 'enable_static_handler' => true, 'document_root' => $root,
         'buffer_output_size' => 256 * 1024]);
$peer = null;
$s->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
SIZE = int(sys.argv[2])
import subprocess, hashlib
port = int(sys.argv[1])
base = 'http://127.0.0.1:%d' % port
def md5_of(path):
    out = subprocess.run(['curl', '-s', '-S', '--max-time', '60', base + path], capture_output=True).stdout
    return hashlib.md5(out).hexdigest(), len(out)
print('curl static', *md5_of('/big.bin'))
print('curl sendfile', *md5_of('/sf'))
# a slow reader with a small receive buffer: the server must wait for drains
a = socket.socket()
a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
a.settimeout(60)
a.connect(('127.0.0.1', port))
a.sendall(b'GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\nGET /a.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
time.sleep(0.5)
data = b''
while True:
    c = a.recv(65536)
    if not c:
        break
    data += c
head, _, rest = data.partition(b'\r\n\r\n')
body = rest[:SIZE]
print('slow', head.split(b'\r\n')[0].decode(), hashlib.md5(body).hexdigest(), len(body))
print('then', rest[SIZE:].split(b'\r\n')[0].decode(), rest.endswith(b'\r\n\r\nsmall\n'))
# a client that goes away in the middle of the file
for path in (b'/big.bin', b'/sf'):
    b = socket.socket()
    b.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
    b.connect(('127.0.0.1', port))
    b.sendall(b'GET ' + path + b' HTTP/1.1\r\nHost: x\r\n\r\n')
    b.recv(1000)
    b.close()
time.sleep(0.3)
print('after abort', *md5_of('/a.txt'))
subprocess.run(['curl', '-s', base + '/quit'], capture_output=True)
PY, [$s->port, $GLOBALS['size']]);
});
$s->on('request', function ($req, $resp) use ($root) {
    if ($req->server['request_uri'] === '/sf') {
        $resp->sendfile("$root/big.bin");
        return;
    }
    $resp->end("dynamic\n");
    if ($req->server['request_uri'] === '/quit')
        $GLOBALS['s']->shutdown();
});
$s->start();
echo str_replace([$md5, " $size\n"], ['MD5', " SIZE\n"], sw_peer_end($peer));
unlink("$root/big.bin");
unlink("$root/a.txt");
rmdir($root);
?>
--EXPECT--
curl static MD5 SIZE
curl sendfile MD5 SIZE
slow HTTP/1.1 200 OK MD5 SIZE
then HTTP/1.1 200 OK True
after abort d15dbfcb847653913855e21370d83af1 6
