--TEST--
http: a large response to Connection: close (queued, drained later by a slow reader) arrives whole; pipelined requests after it are dropped
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23902);
$s->on('request', function ($req, $resp) {
    $n = (int)($req->get['n'] ?? 10);
    if (isset($req->get['write'])) {
        $resp->write(str_repeat('w', $n));
        $resp->end(str_repeat('e', 10));
        return;
    }
    $resp->end(str_repeat('x', $n));
});
ht_run($s, <<<'PHP'
foreach (["/?n=1900000", "/?n=1500000&write=1", "/?n=100"] as $uri) {
    foreach (['HTTP/1.1', 'HTTP/1.0'] as $v) {
        $s = ht_connect();
        $conn = $v === 'HTTP/1.1' ? "Connection: close\r\n" : '';
        fwrite($s, "GET $uri $v\r\nHost: x\r\n$conn\r\nGET /?n=5 HTTP/1.1\r\nHost: x\r\n\r\n");
        usleep(500000);
        $r = '';
        stream_set_timeout($s, 10);
        while (!feof($s)) { $c = fread($s, 65536); if ($c === '' || $c === false) { if (feof($s)) break; $i = stream_get_meta_data($s); if ($i['timed_out']) { $r .= '[timeout]'; break; } continue; } $r .= $c; }
        $p = strpos($r, "\r\n\r\n");
        $body = substr($r, $p + 4);
        if (strpos($r, 'chunked') !== false) {
            $dec = ''; $o = 0;
            while (($e = strpos($body, "\r\n", $o)) !== false) { $len = hexdec(substr($body, $o, $e - $o)); if (!$len) break; $dec .= substr($body, $e + 2, $len); $o = $e + 2 + $len + 2; }
            $body = $dec;
        }
        echo "$uri $v: ", strtok($r, "\r"), " body ", strlen($body), " ", str_contains($body, 'HTTP/1.1') ? 'second answered' : 'only one', "\n";
        fclose($s);
    }
}
PHP);
?>
--EXPECT--
/?n=1900000 HTTP/1.1: HTTP/1.1 200 OK body 1900000 only one
/?n=1900000 HTTP/1.0: HTTP/1.1 200 OK body 1900000 only one
/?n=1500000&write=1 HTTP/1.1: HTTP/1.1 200 OK body 1500010 only one
/?n=1500000&write=1 HTTP/1.0: HTTP/1.1 200 OK body 1500010 only one
/?n=100 HTTP/1.1: HTTP/1.1 200 OK body 100 only one
/?n=100 HTTP/1.0: HTTP/1.1 200 OK body 100 only one
