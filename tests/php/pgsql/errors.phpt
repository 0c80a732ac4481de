--TEST--
Swoole\Coroutine\PostgreSQL: a server error gives false with error, errCode, resultStatus and resultDiag on the client (and on the statement); the next success clears them; an empty query; notices of the last command; transactions (commit, rollback, an aborted transaction), COPY refused without breaking the connection
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

Co\run(function () {
    $pg = pgt_connect();
    var_dump($pg->query('SELECT * FROM WHERE'));
    echo $pg->error;
    var_dump($pg->errCode, $pg->resultStatus);
    $d = $pg->resultDiag;
    var_dump(count($d), $d['severity'], $d['sqlstate'], $d['message_primary'], $d['statement_position'],
             $d['table_name']);
    $s = pgt_q($pg, 'SELECT 1 AS x');
    var_dump($pg->error, $pg->errCode, $pg->resultStatus, $pg->resultDiag);

    $t = 'e_' . getmypid();
    pgt_q($pg, "CREATE TEMP TABLE $t (id int PRIMARY KEY, v int CHECK (v > 0))");
    var_dump($pg->query("INSERT INTO $t VALUES (1, -1)"), $pg->resultDiag['sqlstate'],
             $pg->resultDiag['constraint_name'], $pg->resultDiag['table_name']);
    echo "-- empty query\n";
    var_dump($pg->query(''), $pg->errCode, $pg->error, $pg->resultStatus);

    echo "-- notices: those of the last command\n";
    $s = pgt_q($pg, "DO \$\$ BEGIN RAISE NOTICE 'first %', 1; RAISE NOTICE 'second'; END \$\$");
    var_dump($pg->notices);
    pgt_q($pg, 'SELECT 1');
    var_dump($pg->notices);
    pgt_q($pg, "DO \$\$ BEGIN RAISE WARNING 'careful'; END \$\$");
    var_dump($pg->notices);

    echo "-- transactions\n";
    pgt_q($pg, 'BEGIN');
    pgt_q($pg, "INSERT INTO $t VALUES (1, 1), (2, 2)");
    pgt_q($pg, 'ROLLBACK');
    var_dump(pgt_q($pg, "SELECT count(*) FROM $t")->fetchRow()[0]);
    pgt_q($pg, 'BEGIN');
    pgt_q($pg, "INSERT INTO $t VALUES (1, 1)");
    var_dump($pg->query("INSERT INTO $t VALUES (1, 1)"), $pg->resultDiag['sqlstate']);   /* duplicate */
    var_dump($pg->query('SELECT 1'), $pg->resultDiag['sqlstate']);   /* aborted: 25P02 */
    var_dump((bool)$pg->query('COMMIT'), $pg->error);   /* COMMIT of an aborted one rolls back */
    var_dump(pgt_q($pg, "SELECT count(*) FROM $t")->fetchRow()[0]);
    pgt_q($pg, 'BEGIN');
    pgt_q($pg, "INSERT INTO $t VALUES (5, 5)");
    $st = $pg->prepare("INSERT INTO $t VALUES ($1, $2)");
    var_dump($st->execute([6, 6]), $st->execute([7, 7]));
    pgt_q($pg, 'COMMIT');
    echo json_encode(pgt_q($pg, "SELECT id FROM $t ORDER BY id")->fetchAll(SW_PGSQL_NUM)), "\n";

    echo "-- COPY is refused, the connection stays\n";
    var_dump($pg->query("COPY $t FROM STDIN"), $pg->errCode, $pg->resultDiag['sqlstate']);
    echo trim($pg->error), "\n";
    var_dump($pg->query("COPY $t TO STDOUT"), $pg->errCode, $pg->error);
    var_dump(pgt_q($pg, 'SELECT 42 AS v')->fetchRow());
});
echo "done\n";
?>
--EXPECTF--
bool(false)
ERROR:  syntax error at or near "WHERE"
LINE 1: SELECT * FROM WHERE
                      ^
int(7)
int(7)
int(17)
string(5) "ERROR"
string(5) "42601"
string(31) "syntax error at or near "WHERE""
string(2) "15"
NULL
NULL
int(0)
int(2)
NULL
bool(false)
string(5) "23514"
string(%d) "e_%d_v_check"
string(%d) "e_%d"
-- empty query
bool(false)
int(22)
string(11) "empty query"
int(0)
-- notices: those of the last command
array(2) {
  [0]=>
  string(16) "NOTICE:  first 1"
  [1]=>
  string(15) "NOTICE:  second"
}
NULL
array(1) {
  [0]=>
  string(17) "WARNING:  careful"
}
-- transactions
int(0)
bool(false)
string(5) "23505"
bool(false)
string(5) "25P02"
bool(true)
NULL
int(0)
bool(true)
bool(true)
[[5],[6],[7]]
-- COPY is refused, the connection stays
bool(false)
int(7)
string(5) "57014"
ERROR:  COPY from stdin failed: COPY FROM STDIN is not supported by Swoole\Coroutine\PostgreSQL
CONTEXT:  COPY e_%d, line 1
bool(false)
int(22)
string(95) "COPY TO STDOUT is not supported by Swoole\Coroutine\PostgreSQL (its rows were read and dropped)"
array(1) {
  [0]=>
  int(42)
}
done
