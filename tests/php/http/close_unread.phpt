--TEST--
http: a Connection: close response leaves with the FIN and still arrives when the client sent more than the server read
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
/* The last bytes of a closing connection are held back (MSG_MORE) so that the FIN goes in
 * the same packet. close(2) with unread input would reset the connection and drop them:
 * the server drains what it can and pushes the bytes out first. The handler blocks the
 * process (usleep, no coroutine switch) while the client writes past the request, so the
 * extra bytes sit unread in the kernel when the response is sent. */
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23830);
$s->on('request', function ($req, $resp) {
    if ($req->server['request_uri'] !== '/plain')
        usleep(300000);
    $resp->end('answer to ' . $req->server['request_uri']);
});
ht_run($s, <<<'PHP'
function flood(string $uri, int $extra): string
{
    $s = ht_connect();
    fwrite($s, "GET $uri HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    stream_set_blocking($s, false);
    $junk = str_repeat('x', $extra);
    $end = microtime(true) + 0.2;
    while ($junk !== '' && microtime(true) < $end) {
        $n = @fwrite($s, $junk);
        if ($n > 0)
            $junk = substr($junk, $n);
        else
            usleep(1000);
    }
    [$buf] = ht_read($s, 5);
    fclose($s);
    return preg_match('/\r\n\r\n(.*)$/s', $buf, $m) ? $m[1] : "no response: " . strlen($buf) . " bytes";
}
echo "plain: ", status(raw("GET /plain HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
echo "body: ", flood('/small', 20000), "\n";
echo "body: ", flood('/large', 4 << 20), "\n";
PHP);
?>
--EXPECT--
plain: HTTP/1.1 200 OK [closed]
body: answer to /small
body: answer to /large
