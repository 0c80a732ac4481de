--TEST--
Swoole\Http\Server: application/x-www-form-urlencoded bodies go to post (brackets, decoding), application/json is not parsed (getContent only), http_parse_post off leaves form and multipart bodies raw
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl not available'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Http\Server('127.0.0.1', 0);
$raw = $server->listen('127.0.0.1', 0, SWOOLE_SOCK_TCP);
$raw->set(['open_http_protocol' => true, 'http_parse_post' => false]);
$peer = null;
$server->on('workerStart', function ($s) use (&$peer, $raw) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import subprocess
u, u2 = sys.argv[1], sys.argv[2]
def curl(*a):
    r = subprocess.run(['curl', '-s', '-S', '-w', ' %{http_code}\n'] + list(a), capture_output=True)
    sys.stdout.write(r.stdout.decode() + r.stderr.decode())
    sys.stdout.flush()
curl('--data-urlencode', 'a=x y&z=1', '--data-urlencode', 'b[]=é', '-d', 'b[]=2&c[k][j]=3', u + '/form')
curl('-H', 'Content-Type: application/json', '-d', '{"a":1}', u + '/json')
curl('-d', 'a=1', u2 + '/raw-form')
curl('-F', 'a=1', u2 + '/raw-multipart')
curl(u + '/stop')
PY, ["http://127.0.0.1:{$s->port}", "http://127.0.0.1:{$raw->port}"]);
});
$server->on('request', function ($req, $resp) {
    global $server;
    $uri = $req->server['request_uri'];
    echo "== $uri\n";
    var_dump($req->post, $req->files);
    echo preg_replace('/--+[0-9a-f]{8,}/', '<B>', (string)$req->getContent()), "\n";
    $resp->end('ok');
    if ($uri === '/stop')
        $server->shutdown();
});
$server->start();
echo sw_peer_end($peer);
?>
--EXPECT--
== /form
array(3) {
  ["a"]=>
  string(7) "x y&z=1"
  ["b"]=>
  array(2) {
    [0]=>
    string(2) "é"
    [1]=>
    string(1) "2"
  }
  ["c"]=>
  array(1) {
    ["k"]=>
    array(1) {
      ["j"]=>
      string(1) "3"
    }
  }
}
NULL
a=x+y%26z%3D1&b[]=%C3%A9&b[]=2&c[k][j]=3
== /json
NULL
NULL
{"a":1}
== /raw-form
NULL
NULL
a=1
== /raw-multipart
NULL
NULL
<B>
Content-Disposition: form-data; name="a"

1
<B>--

== /stop
NULL
NULL

ok 200
ok 200
ok 200
ok 200
ok 200
