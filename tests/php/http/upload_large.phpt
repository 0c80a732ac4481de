--TEST--
Swoole\Http\Server: a 5 MB upload streams to its temp file (md5 checked in the handler, the connection buffer does not hold the body), the file is gone after the request; package_max_length bounds the body (413)
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl not available'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$dir = sys_get_temp_dir() . '/sw_upload_large_' . getmypid();
@mkdir($dir);
@mkdir("$dir/up");
/* 5 MB with many partial delimiters ("\r\n--" + a prefix of curl's boundary) */
$data = substr(str_repeat("0123456789abcdef\r\n--------------------------\r\n-x", 120000), 0, 5 << 20);
file_put_contents("$dir/big.bin", $data);
$md5 = md5($data);
unset($data);

function vm_hwm(): int
{
    preg_match('/VmHWM:\s+(\d+) kB/', file_get_contents('/proc/self/status'), $m);
    return (int)$m[1] << 10;
}

$server = new Swoole\Http\Server('127.0.0.1', 0);
$port = $server->listen('127.0.0.1', 0, SWOOLE_SOCK_TCP);   /* default package_max_length */
$server->set(['upload_tmp_dir' => "$dir/up", 'package_max_length' => 8 << 20]);
$port->set(['open_http_protocol' => true, 'package_max_length' => 2 << 20]);
$peer = null;
$hwm = 0;
$server->on('workerStart', function ($s) use (&$peer, &$hwm, $dir, $port) {
    $hwm = vm_hwm();
    $peer = sw_peer_start(SW_PY . <<<'PY'
import subprocess
u, u2, d = sys.argv[1], sys.argv[2], sys.argv[3]
def curl(*a):
    r = subprocess.run(['curl', '-s', '-S', '-w', ' %{http_code}\n'] + list(a), capture_output=True)
    sys.stdout.write(r.stdout.decode() + r.stderr.decode())
    sys.stdout.flush()
curl('-F', 'x=1', '-F', 'big=@%s/big.bin' % d, '-F', 'y=2', u + '/big')
curl('-F', 'big=@%s/big.bin' % d, u2 + '/too-big')
curl(u + '/stop')
PY, ["http://127.0.0.1:{$s->port}", "http://127.0.0.1:{$port->port}", $dir]);
});
$server->on('request', function ($req, $resp) use ($dir, $md5, &$hwm) {
    global $server;
    $uri = $req->server['request_uri'];
    echo "== $uri\n";
    if ($uri === '/big') {
        $f = $req->files['big'];
        var_dump($req->post, $f['size'], $f['error'], md5_file($f['tmp_name']) === $md5);
        var_dump(count(scandir("$dir/up")));
        /* the body went to the file as it came: the worker never held 5 MB of it */
        $grew = vm_hwm() - $hwm;
        var_dump(getenv('USE_ZEND_ALLOC') === '0' || $grew < (3 << 20) ? true : $grew);
    } else {
        var_dump(scandir("$dir/up"));
    }
    $resp->end('ok');
    if ($uri === '/stop')
        $server->shutdown();
});
$server->start();
echo sw_peer_end($peer);
unlink("$dir/big.bin");
rmdir("$dir/up");
rmdir($dir);
?>
--EXPECT--
== /big
array(2) {
  ["x"]=>
  string(1) "1"
  ["y"]=>
  string(1) "2"
}
int(5242880)
int(0)
bool(true)
int(3)
bool(true)
== /stop
array(2) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
}
ok 200
Content Too Large
 413
ok 200
