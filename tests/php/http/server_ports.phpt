--TEST--
http: Swoole\Http\Server is a Swoole\Server (set, on, Connect/Close events, extra ports: inherited HTTP, raw TCP with open_http_protocol off), a plain Swoole\Server port with open_http_protocol, missing onRequest
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
echo "-- class\n";
$s = new Swoole\Http\Server('127.0.0.1', 23810);
var_dump($s instanceof Swoole\Server, get_parent_class($s), $s->set(['worker_num' => 1]));
var_dump(new swoole_http_server('127.0.0.1', 23811) instanceof Swoole\Http\Server);
try {
    $s->start();
} catch (Swoole\Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$p = new Swoole\Server('127.0.0.1', 23812);
var_dump($p->on('request', function () {}));

echo "-- Http\\Server with an inherited and a raw TCP port\n";
$s = new Swoole\Http\Server('127.0.0.1', 23813);
$inherit = $s->listen('127.0.0.1', 23814, SWOOLE_SOCK_TCP);
$tcp = $s->listen('127.0.0.1', 23815, SWOOLE_SOCK_TCP);
$tcp->set(['open_http_protocol' => false]);
$tcp->on('receive', function ($s, $fd, $rid, $data) {
    echo "receive on the raw port: ", json_encode($data), "\n";
    $s->send($fd, "raw:" . $data);
    $s->close($fd);
});
$s->on('connect', function ($s, $fd) { echo "connect $fd\n"; });
$s->on('close', function ($s, $fd) { echo "close $fd\n"; });
$s->on('request', function ($req, $resp) {
    echo "request {$req->server['request_uri']} on port {$req->server['server_port']}\n";
    $resp->end('http');
});
ht_run($s, <<<'PHP'
echo status(raw("GET /main HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
$PORT = 23814;
echo status(raw("GET /inherited HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
$PORT = 23815;
echo raw("GET /raw HTTP/1.1\r\n\r\n"), "\n";
PHP);

echo "-- a Swoole\\Server with open_http_protocol\n";
$p = new Swoole\Server('127.0.0.1', 23816);
var_dump($p->set(['open_http_protocol' => true]));
$p->on('request', function ($req, $resp) {
    echo get_class($req), " ", get_class($resp), " ", $req->server['request_uri'], "\n";
    $resp->end('from a plain server');
});
ht_run($p, <<<'PHP'
echo head(raw("GET /plain HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
echo curl('URL/curl'), "\n";
PHP);
?>
--EXPECT--
-- class
bool(true)
string(13) "Swoole\Server"
bool(true)
bool(true)
Swoole\Exception: require onRequest callback
bool(true)
-- Http\Server with an inherited and a raw TCP port
connect 1
request /main on port 23813
close 1
connect 2
request /inherited on port 23814
close 2
connect 3
receive on the raw port: "GET \/raw HTTP\/1.1\r\n\r\n"
close 3
HTTP/1.1 200 OK [closed]
HTTP/1.1 200 OK [closed]
raw:GET /raw HTTP/1.1

 [closed]
-- a Swoole\Server with open_http_protocol
bool(true)
Swoole\Http\Request Swoole\Http\Response /plain
Swoole\Http\Request Swoole\Http\Response /curl
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 19

from a plain server [closed]
from a plain server
