--TEST--
Swoole\Http\Server: a file over upload_max_filesize gets UPLOAD_ERR_INI_SIZE (size 0, no temp file), the other parts of the body are still parsed; http_parse_files off skips file parts
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$dir = sys_get_temp_dir() . '/sw_upload_max_' . getmypid();
@mkdir($dir);
@mkdir("$dir/up");
file_put_contents("$dir/small.txt", str_repeat('s', 1000));
file_put_contents("$dir/exact.txt", str_repeat('e', 1024));
file_put_contents("$dir/large.txt", str_repeat('l', 100000));

$server = new Swoole\Http\Server('127.0.0.1', 0);
$server->set(['upload_tmp_dir' => "$dir/up", 'upload_max_filesize' => 1024]);
$nofiles = $server->listen('127.0.0.1', 0, SWOOLE_SOCK_TCP);
$nofiles->set(['open_http_protocol' => true, 'http_parse_files' => false,
               'upload_tmp_dir' => "$dir/up"]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $dir, $nofiles) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import subprocess
u, u2, d = sys.argv[1], sys.argv[2], sys.argv[3]
def curl(*a):
    r = subprocess.run(['curl', '-s', '-S', '-w', ' %{http_code}\n'] + list(a), capture_output=True)
    sys.stdout.write(r.stdout.decode() + r.stderr.decode())
    sys.stdout.flush()
curl('-F', 'a=1', '-F', 'big=@%s/large.txt' % d, '-F', 'ok=@%s/small.txt' % d,
     '-F', 'ex=@%s/exact.txt' % d, '-F', 'b=2', u + '/max')
curl('-F', 'a=1', '-F', 'f=@%s/small.txt' % d, '-F', 'b=2', u2 + '/nofiles')
curl(u + '/stop')
PY, ["http://127.0.0.1:{$s->port}", "http://127.0.0.1:{$nofiles->port}", $dir]);
});
$server->on('request', function ($req, $resp) use ($dir) {
    global $server;
    $uri = $req->server['request_uri'];
    echo "== $uri\n";
    if ($uri !== '/stop') {
        var_dump($req->post);
        $f = $req->files;
        if ($f)
            array_walk_recursive($f, function (&$v, $k) { if ($k === 'tmp_name' && $v !== '') $v = 'TMP'; });
        var_dump($f, count($req->tmpfiles ?? []), count(scandir("$dir/up")) - 2);
    } else {
        var_dump(scandir("$dir/up"));
    }
    $resp->end('ok');
    if ($uri === '/stop')
        $server->shutdown();
});
$server->start();
echo sw_peer_end($peer);
foreach (['small', 'exact', 'large'] as $f) unlink("$dir/$f.txt");
rmdir("$dir/up");
rmdir($dir);
?>
--EXPECT--
== /max
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
}
array(3) {
  ["big"]=>
  array(5) {
    ["name"]=>
    string(9) "large.txt"
    ["type"]=>
    string(10) "text/plain"
    ["tmp_name"]=>
    string(0) ""
    ["error"]=>
    int(1)
    ["size"]=>
    int(0)
  }
  ["ok"]=>
  array(5) {
    ["name"]=>
    string(9) "small.txt"
    ["type"]=>
    string(10) "text/plain"
    ["tmp_name"]=>
    string(3) "TMP"
    ["error"]=>
    int(0)
    ["size"]=>
    int(1000)
  }
  ["ex"]=>
  array(5) {
    ["name"]=>
    string(9) "exact.txt"
    ["type"]=>
    string(10) "text/plain"
    ["tmp_name"]=>
    string(3) "TMP"
    ["error"]=>
    int(0)
    ["size"]=>
    int(1024)
  }
}
int(2)
int(2)
== /nofiles
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
}
NULL
int(0)
int(0)
== /stop
array(2) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
}
ok 200
ok 200
ok 200
