--TEST--
Swoole\Http\Server: multipart/form-data upload with curl -F: post fields with brackets, files in $_FILES shape (nested names), tmpfiles, temp files removed after the request unless moved
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl not available'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$dir = sys_get_temp_dir() . '/sw_upload_basic_' . getmypid();
@mkdir($dir);
file_put_contents("$dir/a.txt", "hello\n");
file_put_contents("$dir/b.bin", str_repeat("\r\n--x", 1000));
$moved = "$dir/moved.txt";

$server = new Swoole\Http\Server('127.0.0.1', 0);
$server->set(['upload_tmp_dir' => "$dir/up"]);
@mkdir("$dir/up");
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $dir) {
    $u = "http://127.0.0.1:{$s->port}";
    $peer = sw_peer_start(SW_PY . <<<'PY'
import subprocess
u, d = sys.argv[1], sys.argv[2]
def curl(*a):
    r = subprocess.run(['curl', '-s', '-S', '-w', ' %{http_code}\n'] + list(a), capture_output=True)
    sys.stdout.write(r.stdout.decode() + r.stderr.decode())
    sys.stdout.flush()
curl('-F', 'a=1', '-F', 'b[]=2', '-F', 'b[]=3', '-F', 'c[x][y]=4', '-F', 'sp ace.d=5',
     '-F', 'f=@%s/a.txt' % d, '-F', 'g[]=@%s/a.txt;type=text/x-a' % d,
     '-F', 'g[]=@%s/b.bin' % d, '-F', 'h[k][]=@%s/a.txt;filename=dir/n.txt' % d,
     '-F', 'e=@/dev/null;filename=empty.txt', '-F', 'n=@/dev/null;filename=', u + '/up')
curl(u + '/after')
curl('-F', 'only=field', u + '/fields')
curl(u + '/stop')
PY, [$u, $dir]);
});
$server->on('request', function ($req, $resp) use ($dir, $moved) {
    global $server;   /* not use ($server): a closure cycle through the server leaks */
    $uri = $req->server['request_uri'];
    echo "== $uri\n";
    if ($uri === '/up') {
        var_dump($req->post, $req->getContent());
        $f = $req->files;
        $tmps = $req->tmpfiles;
        echo count($tmps), " tmpfiles\n";
        foreach ($tmps as $t) {
            echo dirname($t) === "$dir/up" ? 'in dir' : "NOT in dir $t", ' ',
                preg_match('/^swoole\.upfile\.[A-Za-z0-9]{6}$/', basename($t)), ' ',
                is_uploaded_file($t) ? 'uploaded' : 'not uploaded', "\n";
        }
        /* print the shape with the random names masked */
        array_walk_recursive($f, function (&$v, $k) { if (is_string($v) && str_starts_with($v, '/')) $v = 'TMP'; });
        var_export($f);
        echo "\n";
        var_dump(file_get_contents($req->files['f']['tmp_name']));
        var_dump(md5_file($req->files['g']['tmp_name'][1]) === md5_file("$dir/b.bin"));
        var_dump(filesize($req->files['e']['tmp_name']));
        var_dump(move_uploaded_file($req->files['f']['tmp_name'], $moved));
        var_dump(is_uploaded_file($req->files['f']['tmp_name']));
    } elseif ($uri === '/after') {
        /* the Request of /up is gone: its temp files with it, the moved one stays */
        var_dump(scandir("$dir/up"), file_get_contents($moved));
        var_dump($req->files, $req->post, $req->tmpfiles);
    } elseif ($uri === '/fields') {
        var_dump($req->post, $req->files, $req->tmpfiles);
    }
    $resp->end('ok');
    if ($uri === '/stop')
        $server->shutdown();
});
$server->start();
echo sw_peer_end($peer);
unlink($moved);
foreach (['a.txt', 'b.bin'] as $f) unlink("$dir/$f");
rmdir("$dir/up");
rmdir($dir);
?>
--EXPECT--
== /up
array(4) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  array(2) {
    [0]=>
    string(1) "2"
    [1]=>
    string(1) "3"
  }
  ["c"]=>
  array(1) {
    ["x"]=>
    array(1) {
      ["y"]=>
      string(1) "4"
    }
  }
  ["sp_ace_d"]=>
  string(1) "5"
}
bool(false)
5 tmpfiles
in dir 1 uploaded
in dir 1 uploaded
in dir 1 uploaded
in dir 1 uploaded
in dir 1 uploaded
array (
  'f' => 
  array (
    'name' => 'a.txt',
    'type' => 'text/plain',
    'tmp_name' => 'TMP',
    'error' => 0,
    'size' => 6,
  ),
  'g' => 
  array (
    'name' => 
    array (
      0 => 'a.txt',
      1 => 'b.bin',
    ),
    'type' => 
    array (
      0 => 'text/x-a',
      1 => 'application/octet-stream',
    ),
    'tmp_name' => 
    array (
      0 => 'TMP',
      1 => 'TMP',
    ),
    'error' => 
    array (
      0 => 0,
      1 => 0,
    ),
    'size' => 
    array (
      0 => 6,
      1 => 5000,
    ),
  ),
  'h' => 
  array (
    'name' => 
    array (
      'k' => 
      array (
        0 => 'n.txt',
      ),
    ),
    'type' => 
    array (
      'k' => 
      array (
        0 => 'text/plain',
      ),
    ),
    'tmp_name' => 
    array (
      'k' => 
      array (
        0 => 'TMP',
      ),
    ),
    'error' => 
    array (
      'k' => 
      array (
        0 => 0,
      ),
    ),
    'size' => 
    array (
      'k' => 
      array (
        0 => 6,
      ),
    ),
  ),
  'e' => 
  array (
    'name' => 'empty.txt',
    'type' => 'text/plain',
    'tmp_name' => 'TMP',
    'error' => 0,
    'size' => 0,
  ),
  'n' => 
  array (
    'name' => '',
    'type' => 'application/octet-stream',
    'tmp_name' => '',
    'error' => 4,
    'size' => 0,
  ),
)
string(6) "hello
"
bool(true)
int(0)
bool(true)
bool(false)
== /after
array(2) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
}
string(6) "hello
"
NULL
NULL
NULL
== /fields
array(1) {
  ["only"]=>
  string(5) "field"
}
NULL
NULL
== /stop
ok 200
ok 200
ok 200
ok 200
