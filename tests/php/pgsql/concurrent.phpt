--TEST--
Swoole\Coroutine\PostgreSQL: coroutines each with a connection wait on the server at the same time (5 x pg_sleep(0.3) overlap; 20 clients x 20 queries give the right answers); one connection used by two coroutines: the second is refused with errCode 10002 and the first is not disturbed
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

Co\run(function () {
    /* 1. five sleeps of 0.3 s: together well under the 1.5 s they take one after another */
    $clients = [];
    for ($i = 0; $i < 5; $i++)
        $clients[] = pgt_connect();
    $wg = new Swoole\Coroutine\WaitGroup;
    $ok = [];
    $t0 = microtime(true);
    foreach ($clients as $i => $pg) {
        $wg->add();
        go(function () use ($pg, $i, $wg, &$ok) {
            $s = $pg->query("SELECT pg_sleep(0.3), $i AS i");
            $ok[$i] = $s ? $s->fetchAssoc()['i'] : $pg->error;
            $wg->done();
        });
    }
    $wg->wait();
    $dt = microtime(true) - $t0;
    ksort($ok);
    echo json_encode($ok), "\n";
    echo 'overlapped (well under 1.5 s): ', var_export($dt < 1.2, true), "\n";

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
[0,1,2,3,4]
overlapped (well under 1.5 s): true
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
