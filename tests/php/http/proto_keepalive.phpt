--TEST--
http: keep-alive, HTTP/1.0, Connection: close, HEAD, pipelining in order while a handler sleeps
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23802);
$fds = [];
$s->on('request', function ($req, $resp) use (&$fds) {
    $uri = $req->server['request_uri'];
    $fds[$uri] = $req->fd;
    echo "start $uri\n";
    if ($uri === '/slow')
        Co::sleep(0.2);
    echo "end $uri\n";
    $resp->end("body of $uri");
});
ht_run($s, <<<'PHP'
$K = "Host: x\r\n\r\n";
echo "-- keep-alive: two requests on one connection\n";
echo head(raw(["GET /ka1 HTTP/1.1\r\n$K", "GET /ka2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"], 3, 0.2));
echo "-- HTTP/1.0\n";
echo head(raw("GET /10 HTTP/1.0\r\n\r\n"));
echo "-- HTTP/1.0 + Connection: keep-alive (stays open)\n";
echo head(raw("GET /10ka HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 0.5));
echo "-- HTTP/1.1 Connection: close\n";
echo head(raw("GET /close HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
echo "-- HTTP/1.1 keep-alive (stays open)\n";
echo status(raw("GET /open HTTP/1.1\r\n$K", 0.5));
echo "-- HEAD\n";
echo head(raw("HEAD /head HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
echo "-- pipelined: 3 requests in one write, the first one sleeps\n";
echo head(raw("GET /slow HTTP/1.1\r\n{$K}GET /fast HTTP/1.1\r\n{$K}GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
echo "-- curl reuses the connection\n";
echo curl("-o /dev/null -o /dev/null -w 'new connections: %{num_connects}\\n' URL/c1 URL/c2");
PHP);
var_dump($fds['/ka1'] === $fds['/ka2'], $fds['/slow'] === $fds['/last'], $fds['/c1'] === $fds['/c2']);
?>
--EXPECT--
start /ka1
end /ka1
start /ka2
end /ka2
start /10
end /10
start /10ka
end /10ka
start /close
end /close
start /open
end /open
start /head
end /head
start /slow
end /slow
start /fast
end /fast
start /last
end /last
start /c1
end /c1
start /c2
end /c2
-- keep-alive: two requests on one connection
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: keep-alive
Content-Type: text/html
Content-Length: 12

body of /ka1HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 12

body of /ka2 [closed]
-- HTTP/1.0
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 11

body of /10 [closed]
-- HTTP/1.0 + Connection: keep-alive (stays open)
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: keep-alive
Content-Type: text/html
Content-Length: 13

body of /10ka [open]
-- HTTP/1.1 Connection: close
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 14

body of /close [closed]
-- HTTP/1.1 keep-alive (stays open)
HTTP/1.1 200 OK [open]
-- HEAD
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 13

 [closed]
-- pipelined: 3 requests in one write, the first one sleeps
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: keep-alive
Content-Type: text/html
Content-Length: 13

body of /slowHTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: keep-alive
Content-Type: text/html
Content-Length: 13

body of /fastHTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 13

body of /last [closed]
-- curl reuses the connection
new connections: 1
new connections: 0
bool(true)
bool(true)
bool(true)
