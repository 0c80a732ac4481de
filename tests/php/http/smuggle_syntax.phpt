--TEST--
http: malformed request lines and header fields (obs-fold, CTLs, space before colon, bare LF, versions, Host) and the head limits (414, 431) get their status and a closed connection
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23801);
$s->set(['http_max_request_target' => 100, 'http_max_header_size' => 1024]);
$s->on('request', function ($req, $resp) {
    if ($req->server['request_uri'] !== '/ok')
        echo "handler: {$req->server['request_method']} ", strlen($req->server['request_uri']),
             " ", count($req->header), " headers, host ", json_encode($req->header['host'] ?? null), "\n";
    $resp->end("hello");
});
ht_run($s, <<<'PHP'
$C = "Connection: close\r\n";
$G = "GET /x HTTP/1.1\r\nHost: x\r\n$C";
check('obs-fold SP', "{$G}X-A: a\r\n b\r\n\r\n");
check('obs-fold HTAB', "{$G}X-A: a\r\n\tb\r\n\r\n");
check('first header folded', "GET /x HTTP/1.1\r\n Host: x\r\n\r\n");
check('NUL in name', "{$G}X-\0A: a\r\n\r\n");
check('NUL in value', "{$G}X-A: a\0b\r\n\r\n");
check('CR in name', "{$G}X-\rA: a\r\n\r\n");
check('CR in value', "{$G}X-A: a\rb\r\n\r\n");
check('LF in value (bare LF line end)', "{$G}X-A: a\nb\r\n\r\n");
check('DEL in value', "{$G}X-A: a\x7fb\r\n\r\n");
check('no colon', "{$G}X-A a\r\n\r\n");
check('empty name', "{$G}: a\r\n\r\n");
check('space before colon', "{$G}X-A : a\r\n\r\n");
check('tab before colon', "{$G}X-A\t: a\r\n\r\n");
check('( in name', "{$G}X(A): a\r\n\r\n");
check('bare LF line ends', "GET /x HTTP/1.1\nHost: x\n\n");
check('bare LF final line', "{$G}\n");
check('bare CR line end', "GET /x HTTP/1.1\rHost: x\r\n\r\n");
check('TLS hello', "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n");
check('garbage line', "hello world\r\n\r\n");
check('no version', "GET /x\r\nHost: x\r\n\r\n");
check('two spaces', "GET  /x HTTP/1.1\r\nHost: x\r\n\r\n");
check('trailing space', "GET /x HTTP/1.1 \r\nHost: x\r\n\r\n");
check('CTL in target', "GET /a\x01b HTTP/1.1\r\nHost: x\r\n\r\n");
check('( in method', "G(T /x HTTP/1.1\r\nHost: x\r\n\r\n");
check('method of 40 bytes', str_repeat('A', 40) . " /x HTTP/1.1\r\nHost: x\r\n\r\n");
check('lowercase method (a token: the handler sees it)', "get /x HTTP/1.1\r\nHost: x\r\n$C\r\n");
check('lowercase http/1.1', "GET /x http/1.1\r\nHost: x\r\n\r\n");
check('HTTP/2.0', "GET /x HTTP/2.0\r\nHost: x\r\n\r\n");
check('HTTP/1.2', "GET /x HTTP/1.2\r\nHost: x\r\n\r\n");
check('HTTP/0.9', "GET /x HTTP/0.9\r\nHost: x\r\n\r\n");
check('HTTP/1.10', "GET /x HTTP/1.10\r\nHost: x\r\n\r\n");
check('h2c prior knowledge', "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
check('HTTP/1.1 without Host', "GET /x HTTP/1.1\r\nX: y\r\n\r\n");
check('two Host', "GET /x HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n");
check('HTTP/1.0 without Host', "GET /x HTTP/1.0\r\n\r\n");
check('empty Host', "GET /x HTTP/1.1\r\nHost:\r\n$C\r\n");
check('empty lines before the request line', "\r\n\r\n{$G}\r\n");
check('target of 100', "GET /" . str_repeat('t', 99) . " HTTP/1.1\r\nHost: x\r\n$C\r\n");
check('target of 101', "GET /" . str_repeat('t', 100) . " HTTP/1.1\r\nHost: x\r\n\r\n");
check('target of 101, no line end yet', "GET /" . str_repeat('t', 100));
/* head = 17 + 9 + 19 + 3 + n + 2 + 2 bytes */
check('head of 1024', "{$G}X: " . str_repeat('h', 1024 - 52) . "\r\n\r\n");
check('head of 1025', "{$G}X: " . str_repeat('h', 1025 - 52) . "\r\n\r\n");
check('head over 1024, no end yet', "{$G}X: " . str_repeat('h', 2000));
check('128 headers', "{$G}" . str_repeat("a: 1\r\n", 126) . "\r\n");
check('129 headers', "{$G}" . str_repeat("a: 1\r\n", 127) . "\r\n");
echo head(raw("GET /x HTTP/2.0\r\nHost: x\r\n\r\n"));
PHP);
?>
--EXPECT--
handler: get 2 2 headers, host "x"
handler: GET 2 0 headers, host null
handler: GET 2 2 headers, host ""
handler: GET 2 2 headers, host "x"
handler: GET 100 2 headers, host "x"
handler: GET 2 3 headers, host "x"
handler: GET 2 3 headers, host "x"
obs-fold SP: HTTP/1.1 400 Bad Request [closed]
obs-fold HTAB: HTTP/1.1 400 Bad Request [closed]
first header folded: HTTP/1.1 400 Bad Request [closed]
NUL in name: HTTP/1.1 400 Bad Request [closed]
NUL in value: HTTP/1.1 400 Bad Request [closed]
CR in name: HTTP/1.1 400 Bad Request [closed]
CR in value: HTTP/1.1 400 Bad Request [closed]
LF in value (bare LF line end): HTTP/1.1 400 Bad Request [closed]
DEL in value: HTTP/1.1 400 Bad Request [closed]
no colon: HTTP/1.1 400 Bad Request [closed]
empty name: HTTP/1.1 400 Bad Request [closed]
space before colon: HTTP/1.1 400 Bad Request [closed]
tab before colon: HTTP/1.1 400 Bad Request [closed]
( in name: HTTP/1.1 400 Bad Request [closed]
bare LF line ends: HTTP/1.1 400 Bad Request [closed]
bare LF final line: HTTP/1.1 400 Bad Request [closed]
bare CR line end: HTTP/1.1 400 Bad Request [closed]
TLS hello: HTTP/1.1 400 Bad Request [closed]
garbage line: HTTP/1.1 400 Bad Request [closed]
no version: HTTP/1.1 400 Bad Request [closed]
two spaces: HTTP/1.1 400 Bad Request [closed]
trailing space: HTTP/1.1 400 Bad Request [closed]
CTL in target: HTTP/1.1 400 Bad Request [closed]
( in method: HTTP/1.1 400 Bad Request [closed]
method of 40 bytes: HTTP/1.1 400 Bad Request [closed]
lowercase method (a token: the handler sees it): HTTP/1.1 200 OK [closed]
lowercase http/1.1: HTTP/1.1 400 Bad Request [closed]
HTTP/2.0: HTTP/1.1 505 HTTP Version Not Supported [closed]
HTTP/1.2: HTTP/1.1 505 HTTP Version Not Supported [closed]
HTTP/0.9: HTTP/1.1 505 HTTP Version Not Supported [closed]
HTTP/1.10: HTTP/1.1 400 Bad Request [closed]
h2c prior knowledge: HTTP/1.1 505 HTTP Version Not Supported [closed]
HTTP/1.1 without Host: HTTP/1.1 400 Bad Request [closed]
two Host: HTTP/1.1 400 Bad Request [closed]
HTTP/1.0 without Host: HTTP/1.1 200 OK [closed]
empty Host: HTTP/1.1 200 OK [closed]
empty lines before the request line: HTTP/1.1 200 OK [closed]
target of 100: HTTP/1.1 200 OK [closed]
target of 101: HTTP/1.1 414 URI Too Long [closed]
target of 101, no line end yet: HTTP/1.1 414 URI Too Long [closed]
head of 1024: HTTP/1.1 200 OK [closed]
head of 1025: HTTP/1.1 431 Request Header Fields Too Large [closed]
head over 1024, no end yet: HTTP/1.1 431 Request Header Fields Too Large [closed]
128 headers: HTTP/1.1 200 OK [closed]
129 headers: HTTP/1.1 431 Request Header Fields Too Large [closed]
HTTP/1.1 505 HTTP Version Not Supported
Server: swoole-http-server
Date: DATE
Content-Type: text/plain
Content-Length: 27
Connection: close

HTTP Version Not Supported
 [closed]
