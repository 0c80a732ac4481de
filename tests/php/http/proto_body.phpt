--TEST--
http: Expect: 100-continue, chunked request body, a request split byte by byte, clients that disconnect mid-request / mid-response / while the handler sleeps
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23803);
$s->set(['buffer_output_size' => 32 << 20]);
$s->on('connect', function ($s, $fd) { echo "connect\n"; });
$s->on('close', function ($s, $fd) { echo "close\n"; });
$mark = sys_get_temp_dir() . '/ht_proto_body_' . getmypid();
$s->on('request', function ($req, $resp) use ($mark) {
    $uri = $req->server['request_uri'];
    if ($uri === '/ok') {
        $resp->end('ok');
        return;
    }
    $body = $req->getContent();
    echo "$uri: ", json_encode(strlen((string)$body) > 20 ? md5($body) : $body), " ", json_encode($req->post), "\n";
    if ($uri === '/big') {
        /* bigger than the socket buffers: the client leaves mid-response */
        var_dump($resp->end(str_repeat('x', 16 << 20)));
        return;
    }
    if ($uri === '/sleep') {
        touch("$mark.sleeping");
        Co::sleep(0.5);
        var_dump($resp->isWritable());
        var_dump($resp->end('late'));
        var_dump($resp->isWritable());
        touch("$mark.done");
        return;
    }
    $resp->end("got " . strlen((string)$req->getContent()));
});
ht_run($s, "\$mark = '$mark';\n" . <<<'PHP'
echo "-- Expect: 100-continue\n";
$c = ht_connect();
fwrite($c, "POST /expect HTTP/1.1\r\nHost: x\r\nConnection: close\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
echo json_encode(ht_read_until($c, "\r\n\r\n")), "\n";
fwrite($c, "hello");
[$r, $closed] = ht_read($c);
echo head($r), $closed ? "closed\n" : "open\n";
fclose($c);
echo "-- Expect with the body already sent: no 100\n";
echo status(raw("POST /expect2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhello"));
echo "-- Expect in HTTP/1.0: no 100\n";
echo status(raw(["POST /expect10 HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n", "hello"], 5, 0.3));
echo "-- curl sends Expect for a large body\n";
$f = tempnam(sys_get_temp_dir(), 'ht_body_');
file_put_contents($f, str_repeat('0123456789abcdef', 8192));
echo md5_file($f), "\n";
echo curl("-H 'Expect: 100-continue' -H 'Content-Type: application/octet-stream' --data-binary @$f -w ' %{http_code}\\n' URL/curlexpect");
unlink($f);
echo "-- chunked request body, urlencoded\n";
echo status(raw("POST /chunked HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n4\r\na=1&\r\n3\r\nb=2\r\n0\r\n\r\n"));
echo "-- split byte by byte\n";
$req = "POST /split HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1;x=y\r\n!\r\n0\r\nT: 1\r\n\r\n";
echo status(raw(str_split($req), 5, 0.002));
$req = "POST /split-cl HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 3\r\n\r\nabc";
echo status(raw(str_split($req), 5, 0.002));
echo "-- disconnect mid-head, mid-body, mid-chunked body\n";
foreach (["GET /never HTTP/1.1\r\nHost: x\r\n", "POST /never HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc",
          "POST /never HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"] as $r) {
    $c = ht_connect();
    fwrite($c, $r);
    usleep(100000);
    fclose($c);
}
usleep(100000);
ok();
echo "-- disconnect mid-response\n";
$c = ht_connect();
fwrite($c, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
echo strlen(fread($c, 17)) > 0 ? "got some bytes\n" : "nothing\n";
fclose($c);
usleep(300000);
ok();
echo "-- disconnect while the handler sleeps\n";
$c = ht_connect();
fwrite($c, "GET /sleep HTTP/1.1\r\nHost: x\r\n\r\n");
ht_wait_file("$mark.sleeping");
fclose($c);
ht_wait_file("$mark.done");
unlink("$mark.sleeping");
unlink("$mark.done");
ok();
PHP);
?>
--EXPECTF--
connect
/expect: "hello" null
close
connect
/expect2: "hello" null
close
connect
/expect10: "hello" null
close
connect
/curlexpect: "ced877c812a6b561fa8c28b99fda69f2" null
close
connect
/chunked: "a=1&b=2" {"a":"1","b":"2"}
close
connect
/split: "hello!" null
close
connect
/split-cl: "abc" null
close
connect
close
connect
close
connect
close
connect
close
connect
/big: false null
bool(true)
close
connect
close
connect
/sleep: false null
close
bool(false)

Warning: Swoole\Http\Response::end(): http response is unavailable (maybe it has been ended or detached) in %s on line %d
bool(false)
bool(false)
connect
close
-- Expect: 100-continue
"HTTP\/1.1 100 Continue\r\n\r\n"
HTTP/1.1 200 OK
Server: swoole-http-server
Date: DATE
Connection: close
Content-Type: text/html
Content-Length: 5

got 5
closed
-- Expect with the body already sent: no 100
HTTP/1.1 200 OK [closed]
-- Expect in HTTP/1.0: no 100
HTTP/1.1 200 OK [closed]
-- curl sends Expect for a large body
ced877c812a6b561fa8c28b99fda69f2
got 131072 200
-- chunked request body, urlencoded
HTTP/1.1 200 OK [closed]
-- split byte by byte
HTTP/1.1 200 OK [closed]
HTTP/1.1 200 OK [closed]
-- disconnect mid-head, mid-body, mid-chunked body
ok: HTTP/1.1 200 OK [closed]
-- disconnect mid-response
got some bytes
ok: HTTP/1.1 200 OK [closed]
-- disconnect while the handler sleeps
ok: HTTP/1.1 200 OK [closed]
