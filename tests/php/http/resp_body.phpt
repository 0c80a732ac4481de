--TEST--
http: Swoole\Http\Response — write() (chunked), end() twice, redirect(), trailer(), isWritable(), HEAD with write(), a handler that never ends, detach() + Response::create() from another coroutine
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
set_error_handler(function ($no, $msg) { echo "Warning: $msg\n"; return true; });
$s = new Swoole\Http\Server('127.0.0.1', 23806);
/* $GLOBALS, not use ($s): a closure kept by the server that captures the server is a
 * cycle PHP does not collect at shutdown (valgrind would report it as a leak) */
$s->on('request', function ($req, $resp) {
    $s = $GLOBALS['s'];
    $uri = $req->server['request_uri'];
    echo "== $uri\n";
    switch ($uri) {
    case '/write':
        var_dump($resp->isWritable());
        var_dump($resp->write('hello '), $resp->write(''), $resp->write('world'));
        var_dump($resp->header('X-Late', '1'));
        var_dump($resp->end('!'));
        var_dump($resp->isWritable());
        break;
    case '/end-twice':
        var_dump($resp->end('once'));
        var_dump($resp->end('twice'), $resp->write('x'), $resp->header('X', 'y'), $resp->status(500));
        break;
    case '/redirect':
        var_dump($resp->redirect('/elsewhere?a=1'));
        break;
    case '/redirect-301':
        var_dump($resp->redirect('https://example.com/', 301));
        break;
    case '/redirect-bad':
        var_dump($resp->redirect('/x', 200), $resp->redirect("/x\r\nX-Evil: 1"));
        $resp->end('not redirected');
        break;
    case '/trailer':
        var_dump($resp->trailer('X-Checksum', 'abc'), $resp->trailer('X-Bad', "a\r\nb"));
        var_dump($resp->write('data'));
        var_dump($resp->end());
        break;
    case '/head-write':
        var_dump($resp->write('body'), $resp->end('more'));
        break;
    case '/no-end':
        break;
    case '/no-end-201':
        $resp->status(201);
        $resp->header('X-Set', 'yes');
        break;
    case '/detach':
        var_dump($resp->detach(), $resp->isWritable(), $resp->end('via the detached one'));
        $fd = $req->fd;
        go(function () use ($s, $fd) {
            Co::sleep(0.05);
            $r = Swoole\Http\Response::create($s, $fd);
            var_dump(get_class($r), $r->fd === $fd, $r->isWritable());
            $r->header('X-From', 'another coroutine');
            var_dump($r->end('created'));
            var_dump(Swoole\Http\Response::create($s, 9999), Swoole\Http\Response::create());
        });
        break;
    case '/create-busy':
        var_dump(Swoole\Http\Response::create($s, $req->fd));
        $resp->end('busy');
        break;
    default:
        $resp->end('ok');
    }
});
ht_run($s, <<<'PHP'
$C = "Host: x\r\nConnection: close\r\n\r\n";
echo head(raw("GET /write HTTP/1.1\r\n$C"));
echo curl("URL/write"), "\n";
echo "-- HTTP/1.0 + write(): no chunked encoding (RFC 9112 6.1), the end is the close\n";
echo head(raw("GET /write HTTP/1.0\r\n\r\n"));
echo head(raw("GET /end-twice HTTP/1.1\r\n$C"));
echo head(raw("GET /redirect HTTP/1.1\r\n$C"));
echo head(raw("GET /redirect-301 HTTP/1.1\r\n$C"));
echo status(raw("GET /redirect-bad HTTP/1.1\r\n$C"));
echo head(raw("GET /trailer HTTP/1.1\r\n$C"));
echo curl("-s --raw URL/trailer | od -c | head -3 | cut -c9-");
echo "-- HEAD + write(): no body bytes at all, the next request on the connection is intact\n";
echo head(raw("HEAD /head-write HTTP/1.1\r\nHost: x\r\n\r\nGET /after HTTP/1.1\r\n$C"));
echo head(raw("GET /no-end HTTP/1.1\r\n$C"));
echo head(raw("GET /no-end-201 HTTP/1.1\r\n$C"));
echo head(raw("GET /detach HTTP/1.1\r\n$C"));
echo status(raw("GET /create-busy HTTP/1.1\r\n$C"));
PHP);
?>
--EXPECT--
== /write
bool(true)
bool(true)
bool(true)
bool(true)
Warning: Swoole\Http\Response::header(): headers have already been sent
bool(false)
bool(true)
bool(false)
== /write
bool(true)
bool(true)
bool(true)
bool(true)
Warning: Swoole\Http\Response::header(): headers have already been sent
bool(false)
bool(true)
bool(false)
== /write
bool(true)
bool(true)
bool(true)
bool(true)
Warning: Swoole\Http\Response::header(): headers have already been sent
bool(false)
bool(true)
bool(false)
== /end-twice
bool(true)
Warning: Swoole\Http\Response::end(): http response is unavailable (maybe it has been ended or detached)
Warning: Swoole\Http\Response::write(): http response is unavailable (maybe it has been ended or detached)
Warning: Swoole\Http\Response::header(): http response is unavailable (maybe it has been ended or detached)
Warning: Swoole\Http\Response::status(): http response is unavailable (maybe it has been ended or detached)
bool(false)
bool(false)
bool(false)
bool(false)
== /redirect
bool(true)
== /redirect-301
bool(true)
== /redirect-bad
Warning: Swoole\Http\Response::redirect(): redirect status must be 3xx, 200 given
Warning: Swoole\Http\Response::redirect(): header value contains CR, LF or NUL
bool(false)
bool(false)
== /trailer
Warning: Swoole\Http\Response::trailer(): header value contains CR, LF or NUL
bool(true)
bool(false)
bool(true)
bool(true)
== /trailer
Warning: Swoole\Http\Response::trailer(): header value contains CR, LF or NUL
bool(true)
bool(false)
bool(true)
bool(true)
== /head-write
bool(true)
bool(true)
== /after
== /no-end
== /no-end-201
== /detach
Warning: Swoole\Http\Response::end(): http response is unavailable (maybe it has been ended or detached)
bool(true)
bool(false)
bool(false)
string(20) "Swoole\Http\Response"
bool(true)
bool(true)
bool(true)
Warning: Swoole\Http\Response::create(): session#9999 is not an HTTP connection of this server
Warning: Swoole\Http\Response::create(): Response::create() needs a running server object and a connection fd
bool(false)
bool(false)
== /create-busy
Warning: Swoole\Http\Response::create(): session#14 has a response in flight
bool(false)
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Transfer-Encoding: chunked

6
hello 
5
world
1
!
0

 [closed]
hello world!
-- HTTP/1.0 + write(): no chunked encoding (RFC 9112 6.1), the end is the close
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html

hello world! [closed]
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 4

once [closed]
HTTP/1.1 302 Found
Location: /elsewhere?a=1
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 0

 [closed]
HTTP/1.1 301 Moved Permanently
Location: https://example.com/
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 0

 [closed]
HTTP/1.1 200 OK [closed]
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Transfer-Encoding: chunked
Trailer: X-Checksum

4
data
0
X-Checksum: abc

 [closed]
  4  \r  \n   d   a   t   a  \r  \n   0  \r  \n   X   -   C   h
  e   c   k   s   u   m   :       a   b   c  \r  \n  \r  \n

-- HEAD + write(): no body bytes at all, the next request on the connection is intact
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: keep-alive
Content-Type: text/html
Transfer-Encoding: chunked

HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 2

ok [closed]
HTTP/1.1 500 Internal Server Error
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 0

 [closed]
HTTP/1.1 201 Created
X-Set: yes
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 0

 [closed]
HTTP/1.1 200 OK
X-From: another coroutine
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 7

created [closed]
HTTP/1.1 200 OK [closed]
