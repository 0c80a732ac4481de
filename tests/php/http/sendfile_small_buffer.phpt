--TEST--
Swoole\Http\Server: Response::sendfile() and the static handler under a buffer_output_size below 16 KiB send the whole file
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v curl')) die('skip python3 or curl not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$root = sys_get_temp_dir() . '/sw_sendfile_small_' . getmypid();
@mkdir($root);
file_put_contents("$root/big.bin", str_repeat('0123456789', 10000));

$s = new Swoole\Http\Server('127.0.0.1', 0);
$s->set(['worker_num' => 1, 'buffer_output_size' => 8192, 'enable_static_handler' => true,
         'document_root' => $root]);
$peer = null;
$s->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import subprocess
base = 'http://127.0.0.1:%d' % int(sys.argv[1])
for path in ('/send', '/big.bin'):
    r = subprocess.run(['curl', '-s', '--max-time', '5', '-o', '/dev/null', '-w', '%{http_code} %{size_download}', base + path], capture_output=True)
    print(path, r.stdout.decode(), 'exit', r.returncode)
subprocess.run(['curl', '-s', '--max-time', '5', base + '/quit'], capture_output=True)
PY, [$s->port]);
});
$s->on('request', function ($req, $resp) use ($root) {
    $s = $GLOBALS['s'];
    if ($req->server['request_uri'] === '/quit') {
        $resp->end('bye');
        $s->shutdown();
        return;
    }
    $resp->sendfile("$root/big.bin");
});
$s->start();
echo sw_peer_end($peer);
unlink("$root/big.bin");
rmdir($root);
?>
--EXPECT--
/send 200 100000 exit 0
/big.bin 200 100000 exit 0
