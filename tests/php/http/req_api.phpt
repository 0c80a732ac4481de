--TEST--
http: Swoole\Http\Request — header, server, get, cookie, post, fd, getContent/rawContent, getData, getMethod
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23804);
$t0 = time();
$s->on('request', function ($req, $resp) use ($t0) {
    $uri = $req->server['request_uri'];
    echo "== $uri\n";
    if ($uri === '/server') {
        $sv = $req->server;
        ksort($sv);
        foreach ($sv as $k => $v) {
            if (in_array($k, ['remote_port', 'request_time', 'request_time_float', 'master_time', 'server_port']))
                $v = gettype($v);
            echo "$k: ", var_export($v, true), "\n";
        }
        var_dump($req->server['server_port'] === 23804, $req->server['remote_port'] > 0,
                 $req->server['request_time'] >= $t0, abs($req->server['request_time_float'] - microtime(true)) < 5,
                 $req->server['master_time'] >= $t0);
        var_dump($req->fd);
    } else if ($uri === '/dump') {
        var_dump($req->header, $req->get, $req->cookie, $req->post, $req->files);
        var_dump($req->getMethod(), $req->getContent(), $req->rawContent());
    } else if ($uri === '/data') {
        var_dump($req->getData());
    }
    $resp->end();
});
ht_run($s, <<<'PHP'
$C = "Connection: close\r\n";
raw("GET /server?x=1&y=%20 HTTP/1.1\r\nHost: example.com:8080\r\n$C\r\n");
raw("get /server HTTP/1.0\r\n\r\n");
raw("GET /dump?a[]=1&a[]=2&b[k]=v&c=%C3%A9+x&d&=e&f=1&f=2 HTTP/1.1\r\nHost: x\r\nX-Mixed-CASE: Value  \r\nCookie: s=1; t=a%20b; u=\"q\"\r\nCookie: v=2\r\n$C\r\n");
raw("GET /dump HTTP/1.1\r\nHost: x\r\nCookie: a; =b; c=d;;e=; f\r\n$C\r\n");
raw("GET /dump HTTP/1.1\r\nHost: x\r\nCookie: =\r\n$C\r\n");
raw("POST /dump HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\r\nContent-Length: 27\r\n$C\r\nn=%E4%BD%A0&m[]=1&m[]=2&p+q");
raw("PUT /dump HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 7\r\n$C\r\n{\"a\":1}");
raw("POST /data?q HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n$C\r\nbody");
echo "client done\n";
PHP);
?>
--EXPECT--
== /server
master_time: 'integer'
path_info: '/server'
query_string: 'x=1&y=%20'
remote_addr: '127.0.0.1'
remote_port: 'integer'
request_method: 'GET'
request_time: 'integer'
request_time_float: 'double'
request_uri: '/server'
server_port: 'integer'
server_protocol: 'HTTP/1.1'
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
== /server
master_time: 'integer'
path_info: '/server'
remote_addr: '127.0.0.1'
remote_port: 'integer'
request_method: 'get'
request_time: 'integer'
request_time_float: 'double'
request_uri: '/server'
server_port: 'integer'
server_protocol: 'HTTP/1.0'
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(2)
== /dump
array(4) {
  ["host"]=>
  string(1) "x"
  ["x-mixed-case"]=>
  string(5) "Value"
  ["cookie"]=>
  string(3) "v=2"
  ["connection"]=>
  string(5) "close"
}
array(5) {
  ["a"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["b"]=>
  array(1) {
    ["k"]=>
    string(1) "v"
  }
  ["c"]=>
  string(4) "é x"
  ["d"]=>
  string(0) ""
  ["f"]=>
  string(1) "2"
}
array(4) {
  ["s"]=>
  string(1) "1"
  ["t"]=>
  string(3) "a b"
  ["u"]=>
  string(3) ""q""
  ["v"]=>
  string(1) "2"
}
NULL
NULL
string(3) "GET"
bool(false)
bool(false)
== /dump
array(3) {
  ["host"]=>
  string(1) "x"
  ["cookie"]=>
  string(17) "a; =b; c=d;;e=; f"
  ["connection"]=>
  string(5) "close"
}
NULL
array(4) {
  ["a"]=>
  string(0) ""
  ["c"]=>
  string(1) "d"
  ["e"]=>
  string(0) ""
  ["f"]=>
  string(0) ""
}
NULL
NULL
string(3) "GET"
bool(false)
bool(false)
== /dump
array(3) {
  ["host"]=>
  string(1) "x"
  ["cookie"]=>
  string(1) "="
  ["connection"]=>
  string(5) "close"
}
NULL
array(0) {
}
NULL
NULL
string(3) "GET"
bool(false)
bool(false)
== /dump
array(4) {
  ["host"]=>
  string(1) "x"
  ["content-type"]=>
  string(48) "application/x-www-form-urlencoded; charset=utf-8"
  ["content-length"]=>
  string(2) "27"
  ["connection"]=>
  string(5) "close"
}
NULL
NULL
array(3) {
  ["n"]=>
  string(3) "你"
  ["m"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["p_q"]=>
  string(0) ""
}
NULL
string(4) "POST"
string(27) "n=%E4%BD%A0&m[]=1&m[]=2&p+q"
string(27) "n=%E4%BD%A0&m[]=1&m[]=2&p+q"
== /dump
array(4) {
  ["host"]=>
  string(1) "x"
  ["content-type"]=>
  string(16) "application/json"
  ["content-length"]=>
  string(1) "7"
  ["connection"]=>
  string(5) "close"
}
NULL
NULL
NULL
NULL
string(3) "PUT"
string(7) "{"a":1}"
string(7) "{"a":1}"
== /data
string(76) "POST /data?q HTTP/1.1
Host: x
Content-Length: 4
Connection: close

body"
client done
