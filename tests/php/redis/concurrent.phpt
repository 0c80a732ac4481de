--TEST--
Swoole\Coroutine\Redis: 50 coroutines, each with its own client, work at once (all 50 block in BLPOP together until one list push wakes each; INCR counts every command); one client used by two coroutines: the second gets false with errCode 10002 and the first is not disturbed
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';
Co\run(function () {
    $n = 50;
    $q = rd_key('q');
    $cnt = rd_key('cnt');
    $wg = new Swoole\Coroutine\WaitGroup;
    $got = [];
    for ($i = 0; $i < $n; $i++) {
        $wg->add();
        go(function () use ($i, $q, $cnt, $wg, &$got) {
            $r = rd_connect();
            for ($j = 0; $j < 20; $j++)
                $r->incr($cnt);
            /* every coroutine waits in BLPOP at the same time: they only finish if the
             * loop keeps running while they wait */
            $v = $r->blPop($q, 30);
            $got[] = $v[1];
            $wg->done();
        });
    }
    $r = rd_connect();
    /* wait until the server sees all of them blocked */
    for ($t = 0; $t < 1000; $t++) {
        preg_match('/blocked_clients:(\d+)/', $r->info('clients'), $m);
        if ((int)$m[1] >= $n)
            break;
        Co::sleep(0.01);
    }
    echo "all blocked at once: ", var_export((int)$m[1] >= $n, true), "\n";
    for ($i = 0; $i < $n; $i++)
        $r->rPush($q, "item$i");
    $wg->wait();
    sort($got, SORT_NATURAL);
    var_dump(count($got), $got[0], $got[$n - 1], $r->get($cnt));

    /* one client, two coroutines */
    $shared = rd_connect();
    $wg->add();
    go(function () use ($shared, $q, $wg) {
        var_dump($shared->blPop($q, 1));   /* waits 1 s: nothing comes */
        $wg->done();
    });
    var_dump($shared->get($cnt), $shared->errType, $shared->errCode,
             preg_replace('/#\d+/', '#N', $shared->errMsg), $shared->connected);
    $shared->setDefer(true);
    var_dump($shared->recv(), $shared->errCode, $shared->close(), $shared->connected);
    $wg->wait();
    $shared->setDefer(false);
    var_dump($shared->get($cnt), $shared->errCode);
    $r->del($q, $cnt);
});
?>
--EXPECT--
all blocked at once: true
int(50)
string(5) "item0"
string(6) "item49"
string(4) "1000"
bool(false)
int(2)
int(10002)
string(131) "Redis client is busy: coroutine #N is using this connection; a connection runs one command at a time (use one client per coroutine)"
bool(true)
bool(false)
int(10002)
bool(true)
bool(false)
bool(false)
string(4) "1000"
int(0)
