--TEST--
http: http_parse_cookie, http_parse_post and http_keepalive off (per port: the main port keeps the defaults)
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23825);
$off = $s->listen('127.0.0.1', 23826, SWOOLE_SOCK_TCP);
$off->set(['open_http_protocol' => true, 'http_parse_cookie' => false, 'http_parse_post' => false,
           'http_keepalive' => false]);
$s->on('request', function ($req, $resp) {
    echo $req->server['server_port'], ": cookie ", json_encode($req->cookie), " post ", json_encode($req->post),
         " raw ", json_encode($req->rawContent()), " header ", json_encode($req->header['cookie']), "\n";
    $resp->end('x');
});
ht_run($s, <<<'PHP'
$req = "POST / HTTP/1.1\r\nHost: x\r\nCookie: a=1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\nb=2";
echo head(raw($req, 0.5));
$PORT = 23826;
echo head(raw($req, 0.5));
PHP);
?>
--EXPECT--
23825: cookie {"a":"1"} post {"b":"2"} raw "b=2" header "a=1"
23826: cookie null post null raw "b=2" header "a=1"
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: keep-alive
Content-Type: text/html
Content-Length: 1

x [open]
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 1

x [closed]
