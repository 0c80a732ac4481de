--TEST--
Swoole\Http\Server: static handler — Range requests (206, 416, ignored), If-Range, conditional requests (304)
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v curl')) die('skip python3 or curl not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$root = sys_get_temp_dir() . '/sw_static_range_' . getmypid();
@mkdir($root);
file_put_contents("$root/d.txt", "0123456789");
file_put_contents("$root/empty.txt", "");
touch("$root/d.txt", 1000000000);

$s = new Swoole\Http\Server('127.0.0.1', 0);
$s->set(['worker_num' => 1, 'enable_static_handler' => true, 'document_root' => $root]);
$peer = null;
$s->on('workerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import subprocess
port = int(sys.argv[1])
base = 'http://127.0.0.1:%d' % port
def show(path, *a):
    out = subprocess.run(['curl', '-s', '-S', '--max-time', '20', '-i'] + list(a) + [base + path], capture_output=True).stdout.decode()
    head, _, body = out.partition('\r\n\r\n')
    lines = head.split('\r\n')
    keep = [l for l in lines[1:] if l.split(':')[0].lower() in ('content-length', 'content-range', 'etag', 'last-modified')]
    print(' '.join(a), '|', lines[0], sorted(keep), repr(body))
show('/d.txt', '-r', '0-3')
show('/d.txt', '-r', '7-')
show('/d.txt', '-r', '-3')
show('/d.txt', '-r', '-30')
show('/d.txt', '-r', '5-100')
show('/d.txt', '-r', '9-9')
show('/d.txt', '-r', '10-')
show('/d.txt', '-r', '-0')
show('/d.txt', '-r', '5-2')
show('/d.txt', '-r', '0-1,4-5')
show('/d.txt', '-H', 'Range: items=0-1')
show('/d.txt', '-H', 'Range: bytes=abc')
show('/empty.txt', '-r', '0-')
show('/d.txt', '-r', '0-1', '-H', 'If-Range: "3b9aca00-a"')
show('/d.txt', '-r', '0-1', '-H', 'If-Range: "other"')
show('/d.txt', '-r', '0-1', '-H', 'If-Range: Sun, 09 Sep 2001 01:46:40 GMT')
show('/d.txt', '-H', 'If-None-Match: "3b9aca00-a"')
show('/d.txt', '-H', 'If-None-Match: "x", W/"3b9aca00-a"')
show('/d.txt', '-H', 'If-None-Match: *')
show('/d.txt', '-H', 'If-None-Match: "3b9aca00-b"')
show('/d.txt', '-z', 'Sun, 09 Sep 2001 01:46:40 GMT')
show('/d.txt', '-z', 'Mon, 10 Sep 2001 00:00:00 GMT')
show('/d.txt', '-z', 'Sat, 08 Sep 2001 00:00:00 GMT')
show('/d.txt', '-H', 'If-Modified-Since: garbage')
show('/d.txt', '-H', 'If-None-Match: "nomatch"', '-H', 'If-Modified-Since: Mon, 10 Sep 2001 00:00:00 GMT')
show('/d.txt', '-I', '-r', '2-3')
subprocess.run(['curl', '-s', base + '/quit'], capture_output=True)
PY, [$s->port]);
});
$s->on('request', function ($req, $resp) {
    $resp->end("dynamic\n");
    if ($req->server['request_uri'] === '/quit')
        $GLOBALS['s']->shutdown();
});
$s->start();
echo sw_peer_end($peer);
unlink("$root/d.txt");
unlink("$root/empty.txt");
rmdir($root);
?>
--EXPECT--
-r 0-3 | HTTP/1.1 206 Partial Content ['Content-Length: 4', 'Content-Range: bytes 0-3/10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123'
-r 7- | HTTP/1.1 206 Partial Content ['Content-Length: 3', 'Content-Range: bytes 7-9/10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '789'
-r -3 | HTTP/1.1 206 Partial Content ['Content-Length: 3', 'Content-Range: bytes 7-9/10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '789'
-r -30 | HTTP/1.1 206 Partial Content ['Content-Length: 10', 'Content-Range: bytes 0-9/10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123456789'
-r 5-100 | HTTP/1.1 206 Partial Content ['Content-Length: 5', 'Content-Range: bytes 5-9/10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '56789'
-r 9-9 | HTTP/1.1 206 Partial Content ['Content-Length: 1', 'Content-Range: bytes 9-9/10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '9'
-r 10- | HTTP/1.1 416 Range Not Satisfiable ['Content-Length: 0', 'Content-Range: bytes */10'] ''
-r -0 | HTTP/1.1 416 Range Not Satisfiable ['Content-Length: 0', 'Content-Range: bytes */10'] ''
-r 5-2 | HTTP/1.1 200 OK ['Content-Length: 10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123456789'
-r 0-1,4-5 | HTTP/1.1 200 OK ['Content-Length: 10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123456789'
-H Range: items=0-1 | HTTP/1.1 200 OK ['Content-Length: 10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123456789'
-H Range: bytes=abc | HTTP/1.1 200 OK ['Content-Length: 10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123456789'
-r 0- | HTTP/1.1 416 Range Not Satisfiable ['Content-Length: 0', 'Content-Range: bytes */0'] ''
-r 0-1 -H If-Range: "3b9aca00-a" | HTTP/1.1 206 Partial Content ['Content-Length: 2', 'Content-Range: bytes 0-1/10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '01'
-r 0-1 -H If-Range: "other" | HTTP/1.1 200 OK ['Content-Length: 10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123456789'
-r 0-1 -H If-Range: Sun, 09 Sep 2001 01:46:40 GMT | HTTP/1.1 206 Partial Content ['Content-Length: 2', 'Content-Range: bytes 0-1/10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '01'
-H If-None-Match: "3b9aca00-a" | HTTP/1.1 304 Not Modified ['ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] ''
-H If-None-Match: "x", W/"3b9aca00-a" | HTTP/1.1 304 Not Modified ['ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] ''
-H If-None-Match: * | HTTP/1.1 304 Not Modified ['ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] ''
-H If-None-Match: "3b9aca00-b" | HTTP/1.1 200 OK ['Content-Length: 10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123456789'
-z Sun, 09 Sep 2001 01:46:40 GMT | HTTP/1.1 304 Not Modified ['ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] ''
-z Mon, 10 Sep 2001 00:00:00 GMT | HTTP/1.1 304 Not Modified ['ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] ''
-z Sat, 08 Sep 2001 00:00:00 GMT | HTTP/1.1 200 OK ['Content-Length: 10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123456789'
-H If-Modified-Since: garbage | HTTP/1.1 200 OK ['Content-Length: 10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123456789'
-H If-None-Match: "nomatch" -H If-Modified-Since: Mon, 10 Sep 2001 00:00:00 GMT | HTTP/1.1 200 OK ['Content-Length: 10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] '0123456789'
-I -r 2-3 | HTTP/1.1 206 Partial Content ['Content-Length: 2', 'Content-Range: bytes 2-3/10', 'ETag: "3b9aca00-a"', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'] ''
