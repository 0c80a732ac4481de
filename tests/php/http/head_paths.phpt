--TEST--
http: end()'s one-buffer head (all header values strings) and the general head (a non-string value) give the same bytes
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23901);
$s->on('request', function ($req, $resp) {
    parse_str($req->server['query_string'] ?? '', $q);
    /* the variant: 'plain' sets X-V as ['1'] (strings only), 'general' as [1] */
    $resp->header('X-V', $q['v'] === 'plain' ? ['1'] : [1]);
    if (isset($q['status']))
        $resp->status((int)$q['status'], $q['reason'] ?? '');
    foreach (($q['h'] ?? []) as $k => $v)
        $resp->header($k, $v);
    if (isset($q['cookie']))
        $resp->cookie('c', $q['cookie']);
    if (isset($q['big']))
        $resp->header('X-Big', str_repeat('b', (int)$q['big']));
    $resp->end(str_repeat('.', (int)($q['len'] ?? 5)));
});
ht_run($s, <<<'PHP'
$cases = [
    'GET /?%s HTTP/1.1', 'GET /?%s&status=204 HTTP/1.1', 'GET /?%s&status=304 HTTP/1.1',
    'GET /?%s&status=101 HTTP/1.1', 'GET /?%s&status=404&reason=Nope HTTP/1.1',
    'GET /?%s&h[Server]=me HTTP/1.1', 'GET /?%s&h[date]=today HTTP/1.1',
    'GET /?%s&h[Connection]=close HTTP/1.1', 'GET /?%s&h[connection]=Keep-Alive HTTP/1.1',
    'GET /?%s&h[Content-Type]=text/plain HTTP/1.1', 'GET /?%s&h[Content-Length]=5 HTTP/1.1',
    'GET /?%s&cookie=1 HTTP/1.1', 'HEAD /?%s HTTP/1.1', 'GET /?%s HTTP/1.0',
    'GET /?%s&big=5000 HTTP/1.1', 'GET /?%s&big=4000&len=200 HTTP/1.1', 'GET /?%s&len=10000 HTTP/1.1',
    'GET /?%s&status=204&h[Server]=me HTTP/1.1', 'GET /?%s&h[content-type]=a&h[server]=b&h[date]=c&h[connection]=d HTTP/1.1',
];
foreach ($cases as $c) {
    $a = raw(sprintf($c, 'v=plain') . "\r\nHost: x\r\nConnection: close\r\n\r\n");
    $b = raw(sprintf($c, 'v=general') . "\r\nHost: x\r\nConnection: close\r\n\r\n");
    $a = preg_replace('/^Date: [^\r]*GMT\r$/m', 'Date: D', $a);
    $b = preg_replace('/^Date: [^\r]*GMT\r$/m', 'Date: D', $b);
    echo sprintf($c, ''), ': ', strtok($a, "\r"), ' ', strlen($a), ' ', $a === $b ? 'same' : "DIFFER\n--plain--\n$a\n--general--\n$b", "\n";
}
PHP);
?>
--EXPECT--
GET /? HTTP/1.1: HTTP/1.1 200 OK 140 same
GET /?&status=204 HTTP/1.1: HTTP/1.1 204 No Content 99 same
GET /?&status=304 HTTP/1.1: HTTP/1.1 304 Not Modified 101 same
GET /?&status=101 HTTP/1.1: HTTP/1.1 101 Switching Protocols 133 same
GET /?&status=404&reason=Nope HTTP/1.1: HTTP/1.1 404 Nope 142 same
GET /?&h[Server]=me HTTP/1.1: HTTP/1.1 200 OK 124 same
GET /?&h[date]=today HTTP/1.1: HTTP/1.1 200 OK 145 same
GET /?&h[Connection]=close HTTP/1.1: HTTP/1.1 200 OK 140 same
GET /?&h[connection]=Keep-Alive HTTP/1.1: HTTP/1.1 200 OK 145 same
GET /?&h[Content-Type]=text/plain HTTP/1.1: HTTP/1.1 200 OK 141 same
GET /?&h[Content-Length]=5 HTTP/1.1: HTTP/1.1 200 OK 140 same
GET /?&cookie=1 HTTP/1.1: HTTP/1.1 200 OK 157 same
HEAD /? HTTP/1.1: HTTP/1.1 200 OK 135 same
GET /? HTTP/1.0: HTTP/1.1 200 OK 140 same
GET /?&big=5000 HTTP/1.1: HTTP/1.1 200 OK 5149 same
GET /?&big=4000&len=200 HTTP/1.1: HTTP/1.1 200 OK 4346 same
GET /?&len=10000 HTTP/1.1: HTTP/1.1 200 OK 10139 same
GET /?&status=204&h[Server]=me HTTP/1.1: HTTP/1.1 204 No Content 83 same
GET /?&h[content-type]=a&h[server]=b&h[date]=c&h[connection]=d HTTP/1.1: HTTP/1.1 200 OK 112 same
