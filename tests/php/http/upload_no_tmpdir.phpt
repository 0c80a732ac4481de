--TEST--
Swoole\Http\Server: upload_tmp_dir that does not exist: a warning, the file gets UPLOAD_ERR_NO_TMP_DIR, fields are still parsed
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Http\Server('127.0.0.1', 0);
$server->set(['upload_tmp_dir' => '/nonexistent/sw_upload_' . getmypid()]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import subprocess
r = subprocess.run(['curl', '-s', '-S', '-w', ' %{http_code}\n', '-F', 'a=1', '-F', 'f=@/etc/hostname',
                    '-F', 'b=2', sys.argv[1]], capture_output=True)
sys.stdout.write(r.stdout.decode() + r.stderr.decode())
PY, ["http://127.0.0.1:{$s->port}/"]);
});
$server->on('request', function ($req, $resp) {
    global $server;
    var_dump($req->post, $req->files, $req->tmpfiles);
    $resp->end('ok');
    $server->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECTF--
Warning: %supload_tmp_dir /nonexistent/sw_upload_%d: No such file or directory in %s on line %d
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
}
array(1) {
  ["f"]=>
  array(5) {
    ["name"]=>
    string(8) "hostname"
    ["type"]=>
    string(24) "application/octet-stream"
    ["tmp_name"]=>
    string(0) ""
    ["error"]=>
    int(6)
    ["size"]=>
    int(0)
  }
}
NULL
ok 200
