--TEST--
http: a handler that throws — worker_num 1: the server process ends with the fatal error, the client gets a 500; worker_num 2: only that worker is restarted, the others keep serving
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/http.inc';
eval(HT_CLIENT);
$server = <<<'PHP'
<?php
$s = new Swoole\Http\Server('127.0.0.1', PORT);
$s->set(['worker_num' => WORKERS]);
$s->on('workerStart', function ($s, $id) { echo "worker $id started\n"; });
$s->on('request', function ($req, $resp) {
    $s = $GLOBALS['s'];
    if ($req->server['request_uri'] === '/throw')
        throw new RuntimeException("boom in worker {$s->worker_id}");
    $resp->end("worker " . $s->worker_id);
});
$s->start();
echo "start() returned\n";
PHP;

echo "-- worker_num 1\n";
$PORT = 23819;
$h = ht_server_child(strtr($server, ['PORT' => $PORT, 'WORKERS' => 1]), $PORT);
ok();
echo status(raw("GET /throw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
[$out, $code] = ht_server_child_end($h, 60);
echo $out, "exit status $code\n";

echo "-- worker_num 2\n";
$PORT = 23820;
$h = ht_server_child(strtr($server, ['PORT' => $PORT, 'WORKERS' => 2]), $PORT);
$seen = [];
for ($i = 0; $i < 10; $i++) {
    $r = raw("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    $seen[] = preg_match('/\r\n\r\nworker [01] \[closed\]$/', $r) ? 'ok' : $r;
}
echo implode(' ', array_unique($seen)), "\n";
echo status(raw("GET /throw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
/* the manager has seen the exit and the new worker is up (slow under valgrind) */
ht_wait_output($h, "started\n", 3);
ht_wait_output($h, "abnormal exit");
for ($i = 0; $i < 3; $i++)
    ok();
[$out, $code] = ht_server_child_end($h);
/* which worker took /throw is up to the kernel, and the processes' lines interleave */
$lines = array_filter(explode("\n", preg_replace(['/worker[# ][01]\b/', '/pid \d+/'], ['worker N', 'pid P'], $out)));
sort($lines);
echo implode("\n", $lines), "\nexit status $code\n";
?>
--EXPECT--
-- worker_num 1
ok: HTTP/1.1 200 OK [closed]
HTTP/1.1 500 Internal Server Error [closed]
worker 0 started

Fatal error: Uncaught RuntimeException: boom in worker 0 in SERVER:8
Stack trace:
#0 [internal function]: {closure}(Object(Swoole\Http\Request), Object(Swoole\Http\Response))
#1 {main}
  thrown in SERVER on line 8
exit status 255
-- worker_num 2
ok
HTTP/1.1 500 Internal Server Error [closed]
ok: HTTP/1.1 200 OK [closed]
ok: HTTP/1.1 200 OK [closed]
ok: HTTP/1.1 200 OK [closed]
  thrown in SERVER on line 8
#0 [internal function]: {closure}(Object(Swoole\Http\Request), Object(Swoole\Http\Response))
#1 {main}
Fatal error: Uncaught RuntimeException: boom in worker N in SERVER:8
Stack trace:
[WARNING] worker N (pid P) abnormal exit, code=255, signal=0
start() returned
worker N started
worker N started
worker N started
exit status 0
