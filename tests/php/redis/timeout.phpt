--TEST--
Swoole\Coroutine\Redis: the timeout option cuts a BLPOP that waits longer (false, errCode 110 ETIMEDOUT, the connection closed, the next command reconnects), timeout -1 waits for BLPOP's own timeout (null); a server that accepts and never answers times out too; connect_timeout against a listener whose backlog is full, that connect canceled (Co::cancel: 125) and closed from another coroutine (close() is true at once, a second coroutine meanwhile gets 10002, the connect ends when the listener goes); connect to a closed port (111)
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';
Co\run(function () {
    $q = rd_key('q');
    $r = rd_connect(['timeout' => 0.3]);
    $t = microtime(true);
    var_dump($r->blPop($q, 5), $r->errType, $r->errCode, $r->errMsg, $r->connected);
    echo "cut before BLPOP's 5 s: ", var_export(microtime(true) - $t < 4, true), "\n";
    var_dump($r->ping('again'), $r->connected);
    $r->setOptions(['timeout' => -1]);
    var_dump($r->blPop([$q], 1), $r->errCode);

    /* a server that accepts (the kernel does) and never answers */
    $srv = stream_socket_server('tcp://127.0.0.1:24210', $en, $es);
    $s = new Swoole\Coroutine\Redis(['timeout' => 0.3]);
    var_dump($s->connect('127.0.0.1', 24210), $s->ping(), $s->errCode, $s->connected);
    fclose($srv);

    /* a listener whose accept queue is full: SYNs are dropped, connect() waits */
    $full = stream_socket_server('tcp://127.0.0.1:24211', $en, $es, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN,
                                 stream_context_create(['socket' => ['backlog' => 0]]));
    $fill = [];
    for ($i = 0; $i < 4; $i++)
        $fill[] = @stream_socket_client('tcp://127.0.0.1:24211', $en, $es, 0.2,
                                        STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
    Co::sleep(0.1);
    $c = new Swoole\Coroutine\Redis(['connect_timeout' => 0.3]);
    $t = microtime(true);
    var_dump($c->connect('127.0.0.1', 24211), $c->errType, $c->errCode, $c->errMsg);
    echo "connect gave up: ", var_export(microtime(true) - $t < 4, true), "\n";
    /* the same connect canceled, and closed by another coroutine, while it waits */
    $cc = new Swoole\Coroutine\Redis(['connect_timeout' => 5]);
    $cid = go(function () use ($cc) {
        var_dump($cc->connect('127.0.0.1', 24211), $cc->errCode, $cc->errMsg, $cc->connected);
    });
    Co::sleep(0.1);
    var_dump(Co::cancel($cid));
    $cid = go(function () use ($cc) {
        var_dump($cc->connect('127.0.0.1', 24211), $cc->errCode, $cc->connected);
    });
    Co::sleep(0.1);
    var_dump($cc->get('k'), $cc->errCode, $cc->close());
    Co::sleep(0.1);
    fclose($full);

    $x = new Swoole\Coroutine\Redis;
    var_dump($x->connect('127.0.0.1', 24212), $x->errType, $x->errCode, $x->errMsg, $x->connected);
});
?>
--EXPECT--
bool(false)
int(1)
int(110)
string(20) "Connection timed out"
bool(false)
cut before BLPOP's 5 s: true
string(5) "again"
bool(true)
NULL
int(0)
bool(true)
bool(false)
int(110)
bool(false)
bool(false)
int(1)
int(110)
string(20) "Connection timed out"
connect gave up: true
bool(false)
int(125)
string(18) "Operation canceled"
bool(false)
bool(true)
bool(false)
int(10002)
bool(true)
bool(false)
int(1)
int(111)
string(18) "Connection refused"
bool(false)
bool(false)
int(111)
bool(false)
