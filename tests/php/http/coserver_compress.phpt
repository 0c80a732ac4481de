--TEST--
http_compression: Accept-Encoding parsing (q-values, case, x-gzip, whitespace, malformed) and media types, on a Coroutine\Http\Server
--INI--
swoole.plugins[]=http
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$py = SW_PY . <<<'PY'
port = int(sys.argv[1])
s = conn(port)
def ask(path, ae):
    s.sendall(b'GET ' + path.encode() + b' HTTP/1.1\r\nHost: x\r\n' +
              (b'Accept-Encoding: ' + ae.encode() + b'\r\n' if ae is not None else b'') + b'\r\n')
    h = b''
    while b'\r\n\r\n' not in h:
        h += s.recv(1)
    enc, n = '-', 0
    for l in h.split(b'\r\n'):
        if l.lower().startswith(b'content-encoding:'):
            enc = l.split(b':')[1].strip().decode()
        if l.lower().startswith(b'content-length:'):
            n = int(l.split(b':')[1])
    readn(s, n)
    print('%-14s %-40r %s' % (path, ae, enc))
for ae in [None, '', 'gzip', 'GZip', 'x-gzip', 'deflate', 'br', 'identity', 'gzip;q=0',
           'gzip; q=0.0, deflate', 'deflate;q=0.9, gzip;q=0.8', 'gzip;q=0.5, deflate;q=0.5',
           'gzip ; q = 0 , deflate ; q = 0.001', 'gzip;q=1.5', 'gzip;q=0.0001', 'gzip;q=', 'gzip;level=1;q=0',
           '*', '*;q=0', 'gzip;q=0, *', 'br, *;q=0.1', ',,, ,', ';;;q=0', 'gzip;q=0.000']:
    ask('/text', ae)
for path in ['/svg', '/js', '/ldjson', '/atomxml', '/csv', '/jpeg', '/zip', '/octet', '/mixed']:
    ask(path, 'gzip')
PY;

Co\run(function () use ($py) {
    $s = new Co\Http\Server('127.0.0.1', 23750);
    $types = ['/svg' => 'image/svg+xml', '/js' => 'application/javascript; charset=utf-8',
              '/ldjson' => 'application/ld+json', '/atomxml' => 'APPLICATION/ATOM+XML',
              '/csv' => 'text/csv', '/jpeg' => 'image/jpeg', '/zip' => 'application/zip',
              '/octet' => 'application/octet-stream', '/mixed' => 'multipart/mixed'];
    $s->handle('/', function ($req, $resp) use ($types) {
        $t = $types[$req->server['request_uri']] ?? null;
        if ($t)
            $resp->header('Content-Type', $t);
        $resp->end(str_repeat('compressible? ', 40));
    });
    go(function () use ($py, $s) {
        $p = proc_open(['python3', '-c', $py, '23750'], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        stream_set_blocking($pipes[1], false);
        stream_set_blocking($pipes[2], false);
        $out = '';
        while (!feof($pipes[1]) || !feof($pipes[2])) {
            Co::sleep(0.01);
            $out .= fread($pipes[1], 65536) . fread($pipes[2], 65536);
        }
        proc_close($p);
        echo $out;
        $s->shutdown();
    });
    $s->start();
});
?>
--EXPECT--
/text          None                                     -
/text          ''                                       -
/text          'gzip'                                   gzip
/text          'GZip'                                   gzip
/text          'x-gzip'                                 gzip
/text          'deflate'                                deflate
/text          'br'                                     -
/text          'identity'                               -
/text          'gzip;q=0'                               -
/text          'gzip; q=0.0, deflate'                   deflate
/text          'deflate;q=0.9, gzip;q=0.8'              deflate
/text          'gzip;q=0.5, deflate;q=0.5'              gzip
/text          'gzip ; q = 0 , deflate ; q = 0.001'     deflate
/text          'gzip;q=1.5'                             gzip
/text          'gzip;q=0.0001'                          gzip
/text          'gzip;q='                                gzip
/text          'gzip;level=1;q=0'                       -
/text          '*'                                      gzip
/text          '*;q=0'                                  -
/text          'gzip;q=0, *'                            deflate
/text          'br, *;q=0.1'                            gzip
/text          ',,, ,'                                  -
/text          ';;;q=0'                                 -
/text          'gzip;q=0.000'                           -
/svg           'gzip'                                   gzip
/js            'gzip'                                   gzip
/ldjson        'gzip'                                   gzip
/atomxml       'gzip'                                   gzip
/csv           'gzip'                                   gzip
/jpeg          'gzip'                                   -
/zip           'gzip'                                   -
/octet         'gzip'                                   -
/mixed         'gzip'                                   -
