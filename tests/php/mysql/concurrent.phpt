--TEST--
Swoole\Coroutine\MySQL: 20 coroutines, each with its connection, wait on the server at the same time in one thread (held by a table lock until the server lists all 20 as waiting)
--INI--
swoole.plugins[]=mysql
--SKIPIF--
<?php require __DIR__ . '/../include/mysql.inc'; my_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';
Co\run(function () {
    $t = 'conc_t_' . getmypid();
    $n = 20;
    $peer = my_connect();
    $peer->query("CREATE TABLE $t (v INT)");
    $peer->query("INSERT INTO $t VALUES (1), (2), (3)");
    var_dump($peer->query("LOCK TABLES $t WRITE"));
    $wg = new Swoole\Coroutine\WaitGroup;
    $results = [];
    for ($i = 0; $i < $n; $i++) {
        $wg->add();
        go(function () use ($wg, $i, $t, &$results) {
            $m = my_connect();
            $r = $m->query("SELECT SUM(v) + $i AS s FROM $t");
            $results[$i] = $r ? (int)$r[0]['s'] : "$i failed: {$m->error}";
            $wg->done();
        });
    }
    /* every query is inside the server, blocked by the lock, before any returns */
    $waiting = 0;
    for ($k = 0; $k < 3000 && $waiting < $n; $k++) {
        Co::sleep(0.01);
        $r = $peer->query("SELECT COUNT(*) AS c FROM information_schema.processlist
                           WHERE info LIKE 'SELECT SUM(v) + % AS s FROM $t'");
        $waiting = (int)$r[0]['c'];
    }
    echo "waiting at once: $waiting, returned meanwhile: ", count($results), "\n";
    var_dump($peer->query('UNLOCK TABLES'));
    $wg->wait();
    ksort($results);
    echo implode(',', $results), "\n";
    $peer->query("DROP TABLE $t");
});
?>
--EXPECT--
bool(true)
waiting at once: 20, returned meanwhile: 0
bool(true)
6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25
