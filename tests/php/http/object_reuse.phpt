--TEST--
http: Request/Response objects a handler drops are recycled for the next request; ones it keeps, marks or weakly references are not, and nothing of one request shows in the next
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
$s = new Swoole\Http\Server('127.0.0.1', 23831);
$kept = [];
$weak = null;
$s->on('request', function ($req, $resp) use (&$kept, &$weak) {
    $uri = $req->server['request_uri'];
    $seen = [
        'get' => $req->get, 'cookie' => $req->cookie, 'dyn' => isset($req->dyn),
        'header x-a' => $req->header['x-a'] ?? null, 'method' => $req->getMethod(),
    ];
    echo "$uri: ", json_encode($seen), "\n";
    switch ($uri) {
    case '/keep':          /* held past the request: must stay as it was */
        $kept = [$req, $resp];
        break;
    case '/after-keep':
        [$oreq, $oresp] = $kept;
        echo "  kept request still /keep: ", $oreq->server['request_uri'], " ", json_encode($oreq->get), "\n";
        echo "  kept objects distinct: ", var_export($oreq !== $req && $oresp !== $resp, true), "\n";
        echo "  kept response writable: ", var_export($oresp->isWritable(), true), "\n";
        $kept = [];
        break;
    case '/weak':
        $weak = WeakReference::create($req);
        break;
    case '/after-weak':
        echo "  weak target gone: ", var_export($weak->get() === null, true), "\n";
        break;
    case '/dyn':
        @$req->dyn = 'set by /dyn';   /* dynamic properties are deprecated in 8.2 */
        @$resp->dyn = 1;
        break;
    case '/ref':
        $r = &$req->get;       /* a property turned into a reference */
        $r['changed'] = 'yes';
        break;
    }
    $resp->header('X-Uri', $uri);
    $resp->end("body of $uri");
});
ht_run($s, <<<'PHP'
$C = "Connection: close\r\n";
foreach (['/first?a=1', '/second', '/keep?k=1', '/after-keep', '/weak', '/after-weak',
          '/dyn', '/after-dyn', '/ref?x=1', '/after-ref'] as $i => $uri) {
    $extra = $i === 0 ? "X-A: only-first\r\nCookie: c=1\r\n" : '';
    $r = raw("GET $uri HTTP/1.1\r\nHost: x\r\n$extra$C\r\n");
    preg_match('/X-Uri: (\S+)/', $r, $m);
    echo "client $uri -> X-Uri ", $m[1] ?? '(none)', ", body ", substr($r, strpos($r, "\r\n\r\n") + 4), "\n";
}
PHP);
?>
--EXPECT--
/first: {"get":{"a":"1"},"cookie":{"c":"1"},"dyn":false,"header x-a":"only-first","method":"GET"}
/second: {"get":null,"cookie":null,"dyn":false,"header x-a":null,"method":"GET"}
/keep: {"get":{"k":"1"},"cookie":null,"dyn":false,"header x-a":null,"method":"GET"}
/after-keep: {"get":null,"cookie":null,"dyn":false,"header x-a":null,"method":"GET"}
  kept request still /keep: /keep {"k":"1"}
  kept objects distinct: true
  kept response writable: false
/weak: {"get":null,"cookie":null,"dyn":false,"header x-a":null,"method":"GET"}
/after-weak: {"get":null,"cookie":null,"dyn":false,"header x-a":null,"method":"GET"}
  weak target gone: true
/dyn: {"get":null,"cookie":null,"dyn":false,"header x-a":null,"method":"GET"}
/after-dyn: {"get":null,"cookie":null,"dyn":false,"header x-a":null,"method":"GET"}
/ref: {"get":{"x":"1"},"cookie":null,"dyn":false,"header x-a":null,"method":"GET"}
/after-ref: {"get":null,"cookie":null,"dyn":false,"header x-a":null,"method":"GET"}
client /first?a=1 -> X-Uri /first, body body of /first [closed]
client /second -> X-Uri /second, body body of /second [closed]
client /keep?k=1 -> X-Uri /keep, body body of /keep [closed]
client /after-keep -> X-Uri /after-keep, body body of /after-keep [closed]
client /weak -> X-Uri /weak, body body of /weak [closed]
client /after-weak -> X-Uri /after-weak, body body of /after-weak [closed]
client /dyn -> X-Uri /dyn, body body of /dyn [closed]
client /after-dyn -> X-Uri /after-dyn, body body of /after-dyn [closed]
client /ref?x=1 -> X-Uri /ref, body body of /ref [closed]
client /after-ref -> X-Uri /after-ref, body body of /after-ref [closed]
