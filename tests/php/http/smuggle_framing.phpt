--TEST--
http: request smuggling — Content-Length / Transfer-Encoding conflicts and bad chunked framing get their status and a closed connection
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23800);
$s->set(['package_max_length' => 1000]);
$s->on('request', function ($req, $resp) {
    if ($req->server['request_uri'] !== '/ok')
        echo "handler: {$req->server['request_uri']} ", json_encode(strlen((string)$req->rawContent()) > 10 ? strlen($req->rawContent()) . " bytes" : $req->rawContent()), "\n";
    $resp->end("hello");
});
ht_run($s, <<<'PHP'
$P = "POST /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
$TE = "Transfer-Encoding: chunked\r\n";
check('CL twice, different', "{$P}Content-Length: 1\r\nContent-Length: 2\r\n\r\nab");
check('CL twice, same (RFC 9112 6.3 allows)', "POST /cl-same HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab");
check('CL list', "{$P}Content-Length: 2, 2\r\n\r\nab");
check('CL negative', "{$P}Content-Length: -1\r\n\r\nab");
check('CL +2', "{$P}Content-Length: +2\r\n\r\nab");
check('CL 0x2', "{$P}Content-Length: 0x2\r\n\r\nab");
check('CL empty', "{$P}Content-Length: \r\n\r\nab");
check('CL 1 2', "{$P}Content-Length: 1 2\r\n\r\nab");
check('CL overflow', "{$P}Content-Length: 99999999999999999999999\r\n\r\nab");
check('CL + TE', "{$P}Content-Length: 3\r\n$TE\r\n0\r\n\r\n");
check('TE + CL', "{$P}{$TE}Content-Length: 3\r\n\r\n0\r\n\r\n");
check('TE gzip', "{$P}Transfer-Encoding: gzip\r\n\r\n");
check('TE gzip, chunked', "{$P}Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n");
check('TE chunked, chunked', "{$P}Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n");
check('TE twice', "{$P}{$TE}{$TE}\r\n0\r\n\r\n");
check('TE xchunked', "{$P}Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n");
check('TE space before colon', "{$P}Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n");
check('TE vertical tab', "{$P}Transfer-Encoding:\x0bchunked\r\n\r\n0\r\n\r\n");
check('TE in HTTP/1.0', "POST /x HTTP/1.0\r\n$TE\r\n0\r\n\r\n");
check('TE CHUNKED (case-insensitive)', "POST /te-upper HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: CHUNKED\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
check('chunk size non-hex', "{$P}$TE\r\nzz\r\nab\r\n0\r\n\r\n");
check('chunk size empty', "{$P}$TE\r\n\r\nab\r\n0\r\n\r\n");
check('chunk size overflow', "{$P}$TE\r\nffffffffffffffffff\r\nab\r\n0\r\n\r\n");
check('chunk size 2^64-1', "{$P}$TE\r\nffffffffffffffff\r\nab\r\n0\r\n\r\n");
check('chunk size -2', "{$P}$TE\r\n-2\r\nab\r\n0\r\n\r\n");
check('chunk size 0x2', "{$P}$TE\r\n0x2\r\nab\r\n0\r\n\r\n");
check('chunk data without CRLF', "{$P}$TE\r\n2\r\nabcd\r\n0\r\n\r\n");
check('chunk data then LF only', "{$P}$TE\r\n2\r\nab\n0\r\n\r\n");
check('chunk lines with bare LF', "{$P}$TE\r\n2\nab\n0\n\n");
check('chunk ext + trailer', "POST /ext HTTP/1.1\r\nHost: x\r\nConnection: close\r\n$TE\r\n2;a=b\r\nab\r\n1;q=\"x\"\r\nc\r\n0\r\nX-T: 1\r\n\r\n");
check('chunked body over package_max_length', "{$P}$TE\r\n" . str_repeat("200\r\n" . str_repeat('a', 512) . "\r\n", 2) . "0\r\n\r\n");
check('chunk size alone over package_max_length', "{$P}$TE\r\n3e9\r\n");
check('CL over package_max_length', "{$P}Content-Length: 1001\r\n\r\n");
check('CL = package_max_length', "POST /cl-max HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 1000\r\n\r\n" . str_repeat('b', 1000));
/* the classic CL.TE / TE.CL desync payloads: the smuggled GET must never be answered */
$r = raw("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n", 2);
echo "CL.TE desync: ", substr_count($r, "HTTP/1.1 "), " response(s), ", status($r);
$r = raw("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n5c\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n0\r\n\r\n", 2);
echo "TE.CL desync: ", substr_count($r, "HTTP/1.1 "), " response(s), ", status($r);
echo head(raw("{$P}Transfer-Encoding: gzip\r\n\r\n"));
PHP);
?>
--EXPECT--
handler: /cl-same "ab"
handler: /te-upper "abc"
handler: /ext "abc"
handler: /cl-max "1000 bytes"
CL twice, different: HTTP/1.1 400 Bad Request [closed]
CL twice, same (RFC 9112 6.3 allows): HTTP/1.1 200 OK [closed]
CL list: HTTP/1.1 400 Bad Request [closed]
CL negative: HTTP/1.1 400 Bad Request [closed]
CL +2: HTTP/1.1 400 Bad Request [closed]
CL 0x2: HTTP/1.1 400 Bad Request [closed]
CL empty: HTTP/1.1 400 Bad Request [closed]
CL 1 2: HTTP/1.1 400 Bad Request [closed]
CL overflow: HTTP/1.1 413 Content Too Large [closed]
CL + TE: HTTP/1.1 400 Bad Request [closed]
TE + CL: HTTP/1.1 400 Bad Request [closed]
TE gzip: HTTP/1.1 501 Not Implemented [closed]
TE gzip, chunked: HTTP/1.1 501 Not Implemented [closed]
TE chunked, chunked: HTTP/1.1 501 Not Implemented [closed]
TE twice: HTTP/1.1 400 Bad Request [closed]
TE xchunked: HTTP/1.1 501 Not Implemented [closed]
TE space before colon: HTTP/1.1 400 Bad Request [closed]
TE vertical tab: HTTP/1.1 400 Bad Request [closed]
TE in HTTP/1.0: HTTP/1.1 400 Bad Request [closed]
TE CHUNKED (case-insensitive): HTTP/1.1 200 OK [closed]
chunk size non-hex: HTTP/1.1 400 Bad Request [closed]
chunk size empty: HTTP/1.1 400 Bad Request [closed]
chunk size overflow: HTTP/1.1 400 Bad Request [closed]
chunk size 2^64-1: HTTP/1.1 413 Content Too Large [closed]
chunk size -2: HTTP/1.1 400 Bad Request [closed]
chunk size 0x2: HTTP/1.1 400 Bad Request [closed]
chunk data without CRLF: HTTP/1.1 400 Bad Request [closed]
chunk data then LF only: HTTP/1.1 400 Bad Request [closed]
chunk lines with bare LF: HTTP/1.1 400 Bad Request [closed]
chunk ext + trailer: HTTP/1.1 200 OK [closed]
chunked body over package_max_length: HTTP/1.1 413 Content Too Large [closed]
chunk size alone over package_max_length: HTTP/1.1 413 Content Too Large [closed]
CL over package_max_length: HTTP/1.1 413 Content Too Large [closed]
CL = package_max_length: HTTP/1.1 200 OK [closed]
CL.TE desync: 1 response(s), HTTP/1.1 400 Bad Request [closed]
TE.CL desync: 1 response(s), HTTP/1.1 400 Bad Request [closed]
HTTP/1.1 501 Not Implemented
Server: swoole-http-server
Date: DATE
Content-Type: text/plain
Content-Length: 16
Connection: close

Not Implemented
 [closed]
