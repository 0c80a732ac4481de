--TEST--
http: Swoole\Http\Response — status(), header() (format, arrays, CRLF injection), cookie()/rawcookie() with every attribute, default headers
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
/* warnings without the file path: the expected output has percent-encoded cookies,
 * which --EXPECTF-- would take as patterns */
set_error_handler(function ($no, $msg) { echo "Warning: $msg\n"; return true; });
$s = new Swoole\Http\Server('127.0.0.1', 23805);
$s->on('request', function ($req, $resp) {
    $uri = $req->server['request_uri'];
    echo "== $uri\n";
    switch ($uri) {
    case '/status':
        var_dump($resp->status(404));
        break;
    case '/status-reason':
        var_dump($resp->status(499, 'Client Went Away'));
        break;
    case '/status-unknown':
        var_dump($resp->setStatusCode(599));
        break;
    case '/status-bad':
        var_dump($resp->status(99), $resp->status(1000), $resp->status(200, "OK\r\nX-Evil: 1"));
        break;
    case '/headers':
        var_dump($resp->header('content-type', 'application/json'));
        var_dump($resp->header('x-lower-case', 'formatted'));
        var_dump($resp->header('x-raw-NAME', 'kept as is', false));
        var_dump($resp->header('X-Multi', ['a', 'b', 3]));
        var_dump($resp->header('X-Replaced', 'first'), $resp->header('x-replaced', 'second'));
        var_dump($resp->header('X-Empty', ''));
        var_dump($resp->setHeader('X-Alias', 'setHeader'));
        var_dump($resp->header('Server', 'mine'));
        break;
    case '/inject':
        var_dump($resp->header("X-A\r\nX-Evil", 'v'));
        var_dump($resp->header('X-B', "v\r\nX-Evil: 1"));
        var_dump($resp->header('X-C', "v\nX-Evil: 1"));
        var_dump($resp->header('X-D', "v\0x"));
        var_dump($resp->header('X-E', ['ok', "bad\r\nX-Evil: 1"]));
        var_dump($resp->header('', 'v'));
        var_dump($resp->header('X F', 'v'));
        var_dump($resp->header('X:F', 'v'));
        break;
    case '/cookies':
        var_dump($resp->cookie('plain', 'v a;l=ue'));
        var_dump($resp->cookie('all', 'x', 1700000000, '/p', 'example.com', true, true, 'Strict', 'High', true));
        var_dump($resp->cookie('lax', 'y', 0, '/', '', false, false, 'Lax'));
        var_dump($resp->setCookie('alias', 'z'));
        var_dump($resp->rawcookie('raw', 'a%20b=c'));
        var_dump($resp->cookie('gone'));
        var_dump($resp->cookie('', 'v'));
        var_dump($resp->cookie('a=b', 'v'));
        var_dump($resp->cookie("a\r\nb", 'v'));
        var_dump($resp->cookie('ok', 'v', 0, "/\r\nX-Evil: 1"));
        var_dump($resp->cookie('ok', 'v', 0, '/', "e.com\r\nX-Evil: 1"));
        var_dump($resp->cookie('ok', 'v', 0, '/', '', false, false, "Lax\r\nX-Evil: 1"));
        var_dump($resp->rawcookie('ok', "v\r\nX-Evil: 1"));
        var_dump($resp->rawcookie('ok', 'a b'));
        var_dump($resp->cookie('crlf', "v\r\nX-Evil: 1"));
        var_dump($resp->cookie('future', 'f', time() + 86400));
        break;
    case '/204':
    case '/304':
        $resp->status((int)substr($uri, 1));
        break;
    }
    $resp->end("done");
});
ht_run($s, <<<'PHP'
function future(string $r): string
{
    /* expires must be a day from now, in IMF-fixdate */
    return preg_replace_callback('/future=f; expires=([^;]+);/', function ($m) {
        $t = DateTime::createFromFormat('D, d M Y H:i:s \G\M\T', $m[1], new DateTimeZone('UTC'));
        $ok = $t && abs($t->getTimestamp() - time() - 86400) < 10 && $t->format('D, d M Y H:i:s \G\M\T') === $m[1];
        return 'future=f; expires=' . ($ok ? 'TOMORROW' : $m[1]) . ';';
    }, $r);
}
foreach (['/status', '/status-reason', '/status-unknown', '/status-bad', '/headers', '/inject', '/cookies', '/204', '/304'] as $p)
    echo future(head(raw("GET $p HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")));
echo "-- HEAD carries no body\n";
echo head(raw("HEAD /headers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
PHP);
?>
--EXPECT--
== /status
bool(true)
== /status-reason
bool(true)
== /status-unknown
bool(true)
== /status-bad
Warning: Swoole\Http\Response::status(): invalid status code 99
Warning: Swoole\Http\Response::status(): invalid status code 1000
Warning: Swoole\Http\Response::status(): status reason contains CR, LF or NUL
bool(false)
bool(false)
bool(false)
== /headers
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
== /inject
Warning: Swoole\Http\Response::header(): header name is invalid (empty, or contains whitespace, CR/LF or a separator)
bool(false)
Warning: Swoole\Http\Response::header(): header value contains CR, LF or NUL
bool(false)
Warning: Swoole\Http\Response::header(): header value contains CR, LF or NUL
bool(false)
Warning: Swoole\Http\Response::header(): header value contains CR, LF or NUL
bool(false)
Warning: Swoole\Http\Response::header(): header value contains CR, LF or NUL
bool(false)
Warning: Swoole\Http\Response::header(): header name is invalid (empty, or contains whitespace, CR/LF or a separator)
bool(false)
Warning: Swoole\Http\Response::header(): header name is invalid (empty, or contains whitespace, CR/LF or a separator)
bool(false)
Warning: Swoole\Http\Response::header(): header name is invalid (empty, or contains whitespace, CR/LF or a separator)
bool(false)
== /cookies
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
Warning: Swoole\Http\Response::cookie(): Cookie names cannot be empty or contain any of the following '=,; \t\r\n\013\014'
bool(false)
Warning: Swoole\Http\Response::cookie(): Cookie names cannot be empty or contain any of the following '=,; \t\r\n\013\014'
bool(false)
Warning: Swoole\Http\Response::cookie(): Cookie names cannot be empty or contain any of the following '=,; \t\r\n\013\014'
bool(false)
Warning: Swoole\Http\Response::cookie(): Cookie attributes cannot contain any of the following ',; \t\r\n\013\014'
bool(false)
Warning: Swoole\Http\Response::cookie(): Cookie attributes cannot contain any of the following ',; \t\r\n\013\014'
bool(false)
Warning: Swoole\Http\Response::cookie(): Cookie attributes cannot contain any of the following ',; \t\r\n\013\014'
bool(false)
Warning: Swoole\Http\Response::rawcookie(): Cookie values cannot contain any of the following ',; \t\r\n\013\014'
bool(false)
Warning: Swoole\Http\Response::rawcookie(): Cookie values cannot contain any of the following ',; \t\r\n\013\014'
bool(false)
bool(true)
bool(true)
== /204
== /304
== /headers
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
HTTP/1.1 404 Not Found
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 4

done [closed]
HTTP/1.1 499 Client Went Away
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 4

done [closed]
HTTP/1.1 599 Unknown
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 4

done [closed]
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 4

done [closed]
HTTP/1.1 200 OK
Content-Type: application/json
X-Lower-Case: formatted
x-raw-NAME: kept as is
X-Multi: a
X-Multi: b
X-Multi: 3
X-Replaced: second
X-Empty: 
X-Alias: setHeader
Server: mine
Date: DATE
Connection: close
Content-Length: 4

done [closed]
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 4

done [closed]
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Set-Cookie: plain=v%20a%3Bl%3Due
Set-Cookie: all=x; expires=Tue, 14 Nov 2023 22:13:20 GMT; Max-Age=0; path=/p; domain=example.com; secure; HttpOnly; SameSite=Strict; Priority=High; Partitioned
Set-Cookie: lax=y; path=/; SameSite=Lax
Set-Cookie: alias=z
Set-Cookie: raw=a%20b=c
Set-Cookie: gone=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0
Set-Cookie: crlf=v%0D%0AX-Evil%3A%201
Set-Cookie: future=f; expires=TOMORROW; Max-Age=86400
Content-Length: 4

done [closed]
HTTP/1.1 204 No Content
Server: swoole-http-server
Date: DATE
Connection: close

 [closed]
HTTP/1.1 304 Not Modified
Server: swoole-http-server
Date: DATE
Connection: close

 [closed]
-- HEAD carries no body
HTTP/1.1 200 OK
Content-Type: application/json
X-Lower-Case: formatted
x-raw-NAME: kept as is
X-Multi: a
X-Multi: b
X-Multi: 3
X-Replaced: second
X-Empty: 
X-Alias: setHeader
Server: mine
Date: DATE
Connection: close
Content-Length: 4

 [closed]
