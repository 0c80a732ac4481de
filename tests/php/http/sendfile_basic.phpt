--TEST--
Swoole\Http\Response::sendfile(): offset/length, Content-Type, Range of the request, HEAD, errors leave the response usable
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v curl')) die('skip python3 or curl not available'); ?>
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$root = sys_get_temp_dir() . '/sw_sendfile_' . getmypid();
@mkdir($root);
file_put_contents("$root/d.txt", "0123456789");
file_put_contents("$root/p.png", "PNG");
file_put_contents("$root/e.txt", "");

$s = new Swoole\Http\Server('127.0.0.1', 0);
$s->set(['worker_num' => 1]);
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
    keep = [l for l in lines[1:] if l.split(':')[0].lower() in ('content-length', 'content-range', 'content-type')]
    print(path, ' '.join(a), '|', lines[0], sorted(keep), repr(body))
for p in ('/whole', '/off', '/offonly', '/ct', '/png', '/empty', '/missing', '/dir', '/beyond',
          '/toolong', '/neg', '/atend', '/twice', '/afterwrite'):
    show(p)
show('/whole', '-r', '2-4')
show('/whole', '-r', '-2')
show('/whole', '-r', '50-')
show('/whole', '-r', '0-1,3-4')
show('/off', '-r', '0-0')
show('/status', '-r', '0-0')
show('/off', '-I')
show('/whole', '-I', '-r', '1-2')
subprocess.run(['curl', '-s', base + '/quit'], capture_output=True)
PY, [$s->port]);
});
$s->on('request', function ($req, $resp) use ($root) {
    $uri = $req->server['request_uri'];
    echo "$uri: ";
    switch ($uri) {
    case '/whole': var_dump($resp->sendfile("$root/d.txt")); break;
    case '/off': var_dump($resp->sendfile("$root/d.txt", 2, 3)); break;
    case '/offonly': var_dump($resp->sendfile("$root/d.txt", 4)); break;
    case '/ct':
        $resp->header('content-type', 'application/x-mine');
        var_dump($resp->sendfile("$root/d.txt"));
        break;
    case '/png': var_dump($resp->sendfile("$root/p.png")); break;
    case '/empty': var_dump($resp->sendfile("$root/e.txt")); break;
    case '/missing': var_dump($resp->sendfile("$root/nope.txt")); $resp->end("still usable"); break;
    case '/dir': var_dump($resp->sendfile($root)); $resp->end("still usable"); break;
    case '/beyond': var_dump($resp->sendfile("$root/d.txt", 11)); $resp->end("still usable"); break;
    case '/toolong': var_dump($resp->sendfile("$root/d.txt", 2, 9)); $resp->end("still usable"); break;
    case '/neg': var_dump($resp->sendfile("$root/d.txt", -1)); $resp->end("still usable"); break;
    case '/atend': var_dump($resp->sendfile("$root/d.txt", 10)); break;
    case '/twice':
        var_dump($resp->sendfile("$root/d.txt", 0, 1));
        var_dump($resp->sendfile("$root/d.txt"));
        var_dump($resp->isWritable());
        break;
    case '/afterwrite':
        $resp->write("w");
        var_dump($resp->sendfile("$root/d.txt"));
        $resp->end();
        break;
    case '/status':
        $resp->status(404);
        var_dump($resp->sendfile("$root/d.txt"));
        break;
    default:
        echo "\n";
        $resp->end("dynamic\n");
        $GLOBALS['s']->shutdown();
    }
});
$s->start();
echo sw_peer_end($peer);
unlink("$root/d.txt");
unlink("$root/p.png");
unlink("$root/e.txt");
rmdir($root);
?>
--EXPECTF--
/whole: bool(true)
/off: bool(true)
/offonly: bool(true)
/ct: bool(true)
/png: bool(true)
/empty: bool(true)
/missing: 
Warning: Swoole\Http\Response::sendfile(): sendfile(%s/nope.txt) failed: No such file or directory in %s on line %d
bool(false)
/dir: 
Warning: Swoole\Http\Response::sendfile(): sendfile(%s) failed: not a regular file in %s on line %d
bool(false)
/beyond: 
Warning: Swoole\Http\Response::sendfile(): offset/length out of the file's range (size 10) in %s on line %d
bool(false)
/toolong: 
Warning: Swoole\Http\Response::sendfile(): offset/length out of the file's range (size 10) in %s on line %d
bool(false)
/neg: 
Warning: Swoole\Http\Response::sendfile(): offset/length out of the file's range (size 10) in %s on line %d
bool(false)
/atend: bool(true)
/twice: bool(true)

Warning: Swoole\Http\Response::sendfile(): http response is unavailable (maybe it has been ended or detached) in %s on line %d
bool(false)
bool(false)
/afterwrite: 
Warning: Swoole\Http\Response::sendfile(): cannot sendfile() after write() in %s on line %d
bool(false)
/whole: bool(true)
/whole: bool(true)
/whole: bool(true)
/whole: bool(true)
/off: bool(true)
/status: bool(true)
/off: bool(true)
/whole: bool(true)
/quit: 
/whole  | HTTP/1.1 200 OK ['Content-Length: 10', 'Content-Type: text/plain'] '0123456789'
/off  | HTTP/1.1 200 OK ['Content-Length: 3', 'Content-Type: text/plain'] '234'
/offonly  | HTTP/1.1 200 OK ['Content-Length: 6', 'Content-Type: text/plain'] '456789'
/ct  | HTTP/1.1 200 OK ['Content-Length: 10', 'Content-Type: application/x-mine'] '0123456789'
/png  | HTTP/1.1 200 OK ['Content-Length: 3', 'Content-Type: image/png'] 'PNG'
/empty  | HTTP/1.1 200 OK ['Content-Length: 0', 'Content-Type: text/plain'] ''
/missing  | HTTP/1.1 200 OK ['Content-Length: 12', 'Content-Type: text/html'] 'still usable'
/dir  | HTTP/1.1 200 OK ['Content-Length: 12', 'Content-Type: text/html'] 'still usable'
/beyond  | HTTP/1.1 200 OK ['Content-Length: 12', 'Content-Type: text/html'] 'still usable'
/toolong  | HTTP/1.1 200 OK ['Content-Length: 12', 'Content-Type: text/html'] 'still usable'
/neg  | HTTP/1.1 200 OK ['Content-Length: 12', 'Content-Type: text/html'] 'still usable'
/atend  | HTTP/1.1 200 OK ['Content-Length: 0', 'Content-Type: text/plain'] ''
/twice  | HTTP/1.1 200 OK ['Content-Length: 1', 'Content-Type: text/plain'] '0'
/afterwrite  | HTTP/1.1 200 OK ['Content-Type: text/html'] 'w'
/whole -r 2-4 | HTTP/1.1 206 Partial Content ['Content-Length: 3', 'Content-Range: bytes 2-4/10', 'Content-Type: text/plain'] '234'
/whole -r -2 | HTTP/1.1 206 Partial Content ['Content-Length: 2', 'Content-Range: bytes 8-9/10', 'Content-Type: text/plain'] '89'
/whole -r 50- | HTTP/1.1 416 Range Not Satisfiable ['Content-Length: 0', 'Content-Range: bytes */10', 'Content-Type: text/plain'] ''
/whole -r 0-1,3-4 | HTTP/1.1 200 OK ['Content-Length: 10', 'Content-Type: text/plain'] '0123456789'
/off -r 0-0 | HTTP/1.1 200 OK ['Content-Length: 3', 'Content-Type: text/plain'] '234'
/status -r 0-0 | HTTP/1.1 404 Not Found ['Content-Length: 10', 'Content-Type: text/plain'] '0123456789'
/off -I | HTTP/1.1 200 OK ['Content-Length: 3', 'Content-Type: text/plain'] ''
/whole -I -r 1-2 | HTTP/1.1 206 Partial Content ['Content-Length: 2', 'Content-Range: bytes 1-2/10', 'Content-Type: text/plain'] ''
