--TEST--
http: recycled Request/Response objects: detach then create() later, a response kept and ended during a later request, state of the previous request
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23903);
$s->set(['http_compression' => true, 'http_compression_min_length' => 1]);
$held = null;
/* $GLOBALS, not use ($s): a closure kept by the server that captures the server is a
 * cycle left at exit, a leak under valgrind (as with plain PHP objects). */
$s->on('request', function ($req, $resp) use (&$held) {
    $s = $GLOBALS['s'];
    $uri = $req->server['request_uri'];
    switch ($uri) {
    case '/detach':
        $resp->detach();
        $fd = $req->fd;
        Swoole\Timer::after(300, function () use ($s, $fd) {
            $r = Swoole\Http\Response::create($s, $fd);
            $r->header('X-Late', 'yes');
            $r->end('late answer');
        });
        return;
    case '/hold':
        $held = $resp;
        return;
    case '/release':
        $held->header('X-Held', '1');
        $held->end('held answer');
        $held = null;
        break;
    case '/status':
        $resp->status(404, 'Gone Fishing');
        $resp->header('Content-Type', 'text/x-a');
        $resp->header('Server', 'mine');
        $resp->header('Connection', 'keep-alive');
        $resp->cookie('a', 'b');
        $resp->trailer('X-T', 'v');
        break;
    case '/throw':
        throw new Exception('boom');
    case '/byref':
        $req = 'replaced';
        $r2 = $resp;
        $resp = 42;
        $r2->end('byref');
        return;
    case '/twice':
        $resp->end('one');
        var_dump(@$resp->end('two'));
        return;
    case '/gz':
        $resp->end(str_repeat('z', 100));
        return;
    }
    $resp->end("body of $uri " . json_encode([$req->get, $req->post, $req->cookie]));
});
ht_run($s, <<<'PHP'
$d = ht_connect();
fwrite($d, "GET /detach HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
$h = ht_connect();
fwrite($h, "GET /hold HTTP/1.1\r\nHost: x\r\n\r\n");
usleep(100000);
foreach (['/a?x=1', '/status', '/after-status', '/release', '/after-release', '/byref', '/after-byref', '/twice', '/after-twice'] as $u) {
    $r = raw("GET $u HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: k=$u\r\n\r\n");
    echo "$u: ", str_replace("\r\n", " | ", preg_replace('/Date: [^\r]*/', 'Date: D', $r)), "\n";
}
$r = raw("GET /gz HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n");
echo "/gz: ", preg_match('/Content-Encoding: gzip/', $r) ? 'gzip' : 'plain', "\n";
$r = raw("GET /after-gz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
echo "/after-gz: ", str_replace("\r\n", " | ", preg_replace('/Date: [^\r]*/', 'Date: D', $r)), "\n";
$x = ''; stream_set_timeout($h, 5); $x = fread($h, 4096);
echo "held: ", str_replace("\r\n", " | ", preg_replace('/Date: [^\r]*/', 'Date: D', $x)), "\n";
stream_set_timeout($d, 5); $x = stream_get_contents($d);
echo "detached: ", str_replace("\r\n", " | ", preg_replace('/Date: [^\r]*/', 'Date: D', $x)), "\n";
PHP);
?>
--EXPECT--
bool(false)
/a?x=1: HTTP/1.1 200 OK | Server: swoole-http-server | Date: D | Connection: close | Content-Type: text/html | Content-Length: 43 |  | body of /a [{"x":"1"},null,{"k":"\/a?x=1"}] [closed]
/status: HTTP/1.1 404 Gone Fishing | Content-Type: text/x-a | Server: mine | Connection: keep-alive | Date: D | Set-Cookie: a=b | Content-Length: 44 |  | body of /status [null,null,{"k":"\/status"}] [closed]
/after-status: HTTP/1.1 200 OK | Server: swoole-http-server | Date: D | Connection: close | Content-Type: text/html | Content-Length: 56 |  | body of /after-status [null,null,{"k":"\/after-status"}] [closed]
/release: HTTP/1.1 200 OK | Server: swoole-http-server | Date: D | Connection: close | Content-Type: text/html | Content-Length: 46 |  | body of /release [null,null,{"k":"\/release"}] [closed]
/after-release: HTTP/1.1 200 OK | Server: swoole-http-server | Date: D | Connection: close | Content-Type: text/html | Content-Length: 58 |  | body of /after-release [null,null,{"k":"\/after-release"}] [closed]
/byref: HTTP/1.1 200 OK | Server: swoole-http-server | Date: D | Connection: close | Content-Type: text/html | Content-Length: 5 |  | byref [closed]
/after-byref: HTTP/1.1 200 OK | Server: swoole-http-server | Date: D | Connection: close | Content-Type: text/html | Content-Length: 54 |  | body of /after-byref [null,null,{"k":"\/after-byref"}] [closed]
/twice: HTTP/1.1 200 OK | Server: swoole-http-server | Date: D | Connection: close | Content-Type: text/html | Content-Length: 3 |  | one [closed]
/after-twice: HTTP/1.1 200 OK | Server: swoole-http-server | Date: D | Connection: close | Content-Type: text/html | Content-Length: 54 |  | body of /after-twice [null,null,{"k":"\/after-twice"}] [closed]
/gz: gzip
/after-gz: HTTP/1.1 200 OK | Server: swoole-http-server | Date: D | Connection: close | Content-Type: text/html | Content-Length: 34 |  | body of /after-gz [null,null,null] [closed]
held: HTTP/1.1 200 OK | X-Held: 1 | Server: swoole-http-server | Date: D | Connection: keep-alive | Content-Type: text/html | Content-Length: 11 |  | held answer
detached: HTTP/1.1 200 OK | X-Late: yes | Server: swoole-http-server | Date: D | Connection: close | Content-Type: text/html | Content-Length: 11 |  | late answer
