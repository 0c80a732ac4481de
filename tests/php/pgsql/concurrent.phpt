--TEST--
Swoole\Coroutine\PostgreSQL: coroutines each with a connection wait on the server at the same time (four wait for an advisory lock together while the holder's connection is used; 20 clients x 20 queries give the right answers); one connection used by two coroutines: the second is refused with errCode 10002 and the first is not disturbed
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

Co\run(function () {
    /* 1. one session holds an advisory lock; four coroutines, each on its own connection,
     * ask for it and wait on the server at the same time while this coroutine goes on
     * using the holder's connection (a client that blocked the process would hang here);
     * then the lock is let go and all four get it in turn */
    $key = getmypid();
    $holder = pgt_connect();
    pgt_q($holder, "SELECT pg_advisory_lock($key)");
    $wg = new Swoole\Coroutine\WaitGroup;
    $ok = [];
    for ($i = 0; $i < 4; $i++) {
        $pg = pgt_connect();
        $wg->add();
        go(function () use ($pg, $i, $key, $wg, &$ok) {
            $s = $pg->query("SELECT pg_advisory_lock($key), pg_advisory_unlock($key), $i AS i");
            $ok[$i] = $s ? $s->fetchAssoc()['i'] : $pg->error;
            $wg->done();
        });
    }
    $waiting = 0;
    for ($n = 0; $n < 1000 && $waiting < 4; $n++) {
        Co::sleep(0.01);
        $waiting = pgt_q($holder, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'
            AND objid = $key AND objsubid = 1 AND NOT granted")->fetchRow()[0];
    }
    echo "waiting on the server at once: $waiting, results so far: ", count($ok), "\n";
    pgt_q($holder, "SELECT pg_advisory_unlock($key)");
    $wg->wait();
    ksort($ok);
    echo json_encode($ok), "\n";

    /* 2. twenty clients, twenty queries each, interleaved */
    $sum = 0;
    $errors = [];
    for ($c = 0; $c < 20; $c++) {
        $wg->add();
        go(function () use ($c, $wg, &$sum, &$errors) {
            $pg = pgt_connect();
            $st = $pg->prepare('SELECT $1::int * $2::int AS p');
            for ($k = 0; $k < 20; $k++) {
                if ($k % 2) {
                    $r = $st->execute([$c, $k]) ? $st->fetchRow()[0] : null;
                } else {
                    $s = $pg->query("SELECT $c * $k AS p");
                    $r = $s ? $s->fetchRow()[0] : null;
                }
                if ($r !== $c * $k)
                    $errors[] = "$c*$k: " . var_export($r, true) . " {$pg->error}";
                $sum += $r;
            }
            $wg->done();
        });
    }
    $wg->wait();
    var_dump($sum, $errors);

    /* 3. one connection, two coroutines */
    $pg = pgt_connect();
    $st = $pg->prepare('SELECT $1::int AS v');
    $wg->add();
    go(function () use ($pg, $wg) {
        $s = $pg->query('SELECT pg_sleep(0.3), 7 AS seven');
        var_dump($s ? $s->fetchAssoc()['seven'] : $pg->error);
        $wg->done();
    });
    var_dump($pg->query('SELECT 1'), $pg->errCode);
    echo preg_replace('/#\d+/', '#N', $pg->error), "\n";
    var_dump($pg->prepare('SELECT 2'), $pg->errCode, $st->execute([1]), $st->errCode,
             $pg->metaData('x'), $pg->errCode, $pg->connect(pgt_dsn()), $pg->errCode);
    var_dump($pg->escape("a'b"));   /* needs no round trip: allowed */
    $wg->wait();
    var_dump(pgt_q($pg, 'SELECT 3 AS v')->fetchRow(), $st->execute([4]), $st->fetchRow());
});
echo "done\n";
?>
--EXPECT--
waiting on the server at once: 4, results so far: 0
[0,1,2,3]
int(36100)
array(0) {
}
bool(false)
int(10002)
PostgreSQL client is busy: coroutine #N is using this connection; a connection runs one command at a time (use one client per coroutine)
bool(false)
int(10002)
bool(false)
int(10002)
bool(false)
int(10002)
bool(false)
int(10002)
string(4) "a''b"
int(7)
array(1) {
  [0]=>
  int(3)
}
bool(true)
array(1) {
  [0]=>
  int(4)
}
done
