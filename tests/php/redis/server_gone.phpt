--TEST--
Swoole\Coroutine\Redis: CLIENT KILL while a command waits (false, errType 3 EOF, "Server closed the connection", closed; the next command reconnects), CLIENT KILL while idle (replaced before the next command, as Swoole's reconnect does; with reconnect 0: false, "connection is not available"), QUIT (closed at once, the next command reconnects), close() then a command (reconnects, as Swoole), Co::cancel() of a waiting command (false, errCode 125; the object stays usable; with throw: CanceledException), close() while another coroutine waits in subscribe-mode recv()
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';

function state(string $what, Swoole\Coroutine\Redis $r, $ret): void
{
    echo "$what: ", var_export($ret, true), " errType={$r->errType} errCode={$r->errCode} errMsg=\"{$r->errMsg}\" connected=",
         var_export($r->connected, true), "\n";
}

Co\run(function () {
    $q = rd_key('q');
    $admin = rd_connect();
    $r = rd_connect();

    /* killed while waiting in BLPOP */
    $id = $r->request(['CLIENT', 'ID']);
    $killed = null;
    go(function () use ($admin, $id, &$killed) {
        for ($i = 0; $i < 500; $i++) {   /* until the server has it blocked */
            if (str_contains($admin->request(['CLIENT', 'LIST', 'ID', $id]), 'cmd=blpop'))
                break;
            Co::sleep(0.01);
        }
        $killed = $admin->request(['CLIENT', 'KILL', 'ID', $id]);
    });
    state('killed while waiting', $r, $r->blPop($q, 10));
    while ($killed === null)
        Co::sleep(0.01);
    var_dump($killed);
    state('next command', $r, $r->ping('back'));
    var_dump($r->request(['CLIENT', 'ID']) !== $id);

    /* killed while idle: the next command finds it dead and reconnects */
    $id = $r->request(['CLIENT', 'ID']);
    $admin->request(['CLIENT', 'KILL', 'ID', $id]);
    Co::sleep(0.05);
    state('killed while idle', $r, $r->set($q, 'v'));
    var_dump($r->get($q));

    /* QUIT: the server closes after its OK; the next command reconnects */
    state('quit', $r, $r->request(['QUIT']));
    state('after quit', $r, $r->get($q));

    /* the same with reconnect off */
    $n = rd_connect(['reconnect' => 0]);
    $admin->request(['CLIENT', 'KILL', 'ID', $n->request(['CLIENT', 'ID'])]);
    Co::sleep(0.05);
    state('no reconnect', $n, $n->get($q));
    state('still none', $n, $n->get($q));
    var_dump($n->connect(rd_host(), rd_port()), $n->get($q), $n->errType);

    /* close() then a command: Swoole reconnects */
    var_dump($r->close(), $r->connected, $r->close());
    state('after close', $r, $r->get($q));

    /* Co::cancel() of a coroutine waiting in a command */
    $cid = go(function () use ($r, $q) {
        state('canceled', $r, $r->blPop($q . ':empty', 10));
    });
    Co::sleep(0.1);
    var_dump(Co::cancel($cid));
    state('after cancel', $r, $r->get($q));
    /* Co::cancel($cid, true): the exception comes out of the command */
    $cid = go(function () use ($r, $q) {
        try {
            $r->blPop($q . ':empty', 10);
        } catch (Throwable $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
        state('canceled with throw', $r, null);
    });
    Co::sleep(0.1);
    var_dump(Co::cancel($cid, true));
    /* close() while another coroutine waits in recv() in subscribe mode */
    $s = rd_connect();
    var_dump($s->subscribe([$q . ':ch']), $s->recv()[0]);
    go(function () use ($s) {
        state('recv under close', $s, $s->recv());
    });
    Co::sleep(0.05);
    var_dump($s->close());
    Co::sleep(0.05);
    $r->del($q);
});
?>
--EXPECT--
killed while waiting: false errType=3 errCode=104 errMsg="Server closed the connection" connected=false
int(1)
next command: 'back' errType=0 errCode=0 errMsg="" connected=true
bool(true)
killed while idle: true errType=0 errCode=0 errMsg="" connected=true
string(1) "v"
quit: true errType=0 errCode=0 errMsg="" connected=false
after quit: 'v' errType=0 errCode=0 errMsg="" connected=true
no reconnect: false errType=6 errCode=104 errMsg="connection is not available" connected=false
still none: false errType=6 errCode=104 errMsg="connection is not available" connected=false
bool(true)
string(1) "v"
int(0)
bool(true)
bool(false)
bool(false)
after close: 'v' errType=0 errCode=0 errMsg="" connected=true
canceled: false errType=1 errCode=125 errMsg="Operation canceled" connected=false
bool(true)
after cancel: 'v' errType=0 errCode=0 errMsg="" connected=true
Swoole\Coroutine\CanceledException: the coroutine was canceled
canceled with throw: NULL errType=1 errCode=125 errMsg="Operation canceled" connected=false
bool(true)
bool(true)
string(9) "subscribe"
bool(true)
recv under close: false errType=6 errCode=104 errMsg="Connection closed by close() while the command waited" connected=false
