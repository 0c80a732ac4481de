--TEST--
Swoole\Coroutine\MySQL::prepare() and Statement: execute() with parameters of every PHP type, typed results, OK packets (affected_rows, insert_id), fetch_mode, several result sets (CALL), errors (bad SQL, parameter count, closed statement, statement of a closed connection), type errors
--INI--
swoole.plugins[]=mysql
--SKIPIF--
<?php require __DIR__ . '/../include/mysql.inc'; my_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';

function j($v): string { return json_encode($v, JSON_PRESERVE_ZERO_FRACTION); }

Co\run(function () {
    $t = 'stmt_t_' . getmypid();
    $p = 'stmt_p_' . getmypid();
    $m = my_connect();
    $m->query("CREATE TABLE $t (id INT PRIMARY KEY AUTO_INCREMENT, i BIGINT, u BIGINT UNSIGNED,
        f FLOAT, d DOUBLE, dec_ DECIMAL(8,3), s VARCHAR(50), bl BLOB, dt DATETIME, y YEAR, n INT NULL)");

    $ins = $m->prepare("INSERT INTO $t (i, u, f, d, dec_, s, bl, dt, y, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    var_dump(get_class($ins), is_int($ins->id) && $ins->id > 0, $m->errno);
    var_dump($ins->execute([-42, '18446744073709551615', 0.5, 1.25, '3.14159', 'héllo', "\x00\xff", '2026-12-02 01:02:03', 2026, null]));
    var_dump($ins->affected_rows, $ins->insert_id);
    var_dump($ins->execute([true, 0, 1, 2.0, 4, 'x', '', '2000-01-01', 1999, 5]));
    var_dump($ins->insert_id);

    $sel = $m->prepare("SELECT * FROM $t WHERE id >= ? ORDER BY id");
    $rows = $sel->execute([1]);
    foreach ($rows as $r) {
        foreach ($r as $k => $v)
            echo "$k=", $k === 'bl' ? bin2hex($v) : var_export($v, true), " ";
        echo "\n";
    }
    echo "again: ", count($sel->execute([2])), " ", j($sel->execute([99])), "\n";
    echo "big: ", count($m->prepare('SELECT seq, REPEAT("y", 1000) AS r FROM seq_1_to_10000')->execute()), "\n";
    $long = $m->prepare('SELECT REPEAT("z", 100000) AS r')->execute();
    echo "long value: ", strlen($long[0]['r']), "\n";

    /* errors */
    echo "bad sql: ", j($m->prepare('SELEKT ?')), " {$m->errno}\n";
    echo "count: ", j($sel->execute()), " {$sel->errno} {$sel->error}\n";
    echo "count: ", j($sel->execute([1, 2])), " {$sel->errno}\n";
    echo "still fine: ", count($sel->execute([1])), " {$sel->errno}\n";
    echo "duplicate: ", j($m->prepare("INSERT INTO $t (id) VALUES (?)")->execute([1])), "\n";
    try {
        $sel->execute([new stdClass]);
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    foreach ([fn() => $sel->execute('x'), fn() => $m->prepare(), fn() => new Swoole\Coroutine\MySQL\Statement] as $f) {
        try {
            $f();
        } catch (Error $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
    echo "still fine: ", count($sel->execute([1])), "\n";

    /* fetch_mode */
    $f = my_connect(['fetch_mode' => true]);
    $fs = $f->prepare("SELECT id, s FROM $t ORDER BY id");
    echo "fetch_mode: ", j($fs->execute()), " ", j($fs->fetch()), " ", j($fs->fetchAll()), " ", j($fs->fetch()), " ", j($fs->fetchAll()), "\n";
    echo "again: ", j($fs->execute()), " ", j($fs->fetchAll()), "\n";

    /* a procedure: two result sets and the final OK */
    $m->query("CREATE PROCEDURE $p(IN x INT) BEGIN SELECT x AS first; SELECT x + 1 AS second, 'z' AS s; END");
    $call = $m->prepare("CALL $p(?)");
    echo "call: ", j($call->execute([10])), "\n";
    echo "  next: ", j($call->nextResult()), "\n";
    echo "  next: ", j($call->nextResult()), "\n";
    echo "  next: ", j($call->nextResult()), "\n";
    echo "  again, results left unread: ", j($call->execute([20])), "\n";
    echo "  other query meanwhile: ", j($m->query('SELECT 1 AS one')), "\n";
    $fc = $f->prepare("CALL $p(?)");
    echo "fetch_mode call: ", j($fc->execute([5])), " ", j($fc->fetchAll()), " ", j($fc->nextResult()), " ", j($fc->fetch()), " ", j($fc->nextResult()), " ", j($fc->nextResult()), "\n";

    /* close; closed statement; statement of a closed connection */
    var_dump($ins->close(), $ins->close());
    echo "closed: ", j($ins->execute([1])), " {$ins->errno} {$ins->error}\n";
    $c2 = my_connect();
    $s2 = $c2->prepare('SELECT ? AS v');
    echo "before: ", j($s2->execute(['a'])), "\n";
    $c2->close();
    echo "after close: ", j($s2->execute(['b'])), " {$s2->errno}\n";
    $c2->connect(my_cfg());
    echo "after reconnect: ", j($s2->execute(['c'])), " {$s2->errno}\n";
    echo "new one: ", j($c2->prepare('SELECT ? AS v')->execute(['d'])), "\n";
    /* statements freed in any order with their client */
    $c3 = my_connect();
    $keep = [$c3->prepare('SELECT 1'), $c3->prepare('SELECT 2')];
    unset($c3);
    echo "kept: ", j($keep[1]->execute()), "\n";
    unset($keep);

    $m->query("DROP PROCEDURE $p");
    $m->query("DROP TABLE $t");
});
?>
--EXPECTF--
string(32) "Swoole\Coroutine\MySQL\Statement"
bool(true)
int(0)
bool(true)
int(1)
int(1)
bool(true)
int(2)
id=1 i=-42 u='18446744073709551615' f=0.5 d=1.25 dec_='3.142' s='héllo' bl=00ff dt='2026-12-02 01:02:03' y=2026 n=NULL 
id=2 i=1 u=0 f=1.0 d=2.0 dec_='4.000' s='x' bl= dt='2000-01-01 00:00:00' y=1999 n=5 
again: 1 []
big: 10000
long value: 100000
bad sql: false 1064
count: false 2031 statement #%d expects 1 parameter, 0 given
count: false 2031
still fine: 2 0
duplicate: false
Error: Object of class stdClass could not be converted to string
TypeError: Swoole\Coroutine\MySQL\Statement::execute(): Argument #1 ($params) must be of type array, string given
ArgumentCountError: Swoole\Coroutine\MySQL::prepare() expects at least 1 argument, 0 given
Error: Call to private Swoole\Coroutine\MySQL\Statement::__construct() from global scope
still fine: 2
fetch_mode: true {"id":1,"s":"h\u00e9llo"} [{"id":2,"s":"x"}] null false
again: true [{"id":1,"s":"h\u00e9llo"},{"id":2,"s":"x"}]
call: [{"first":10}]
  next: [{"second":11,"s":"z"}]
  next: true
  next: null
  again, results left unread: [{"first":20}]
  other query meanwhile: [{"one":"1"}]
fetch_mode call: true [{"first":5}] true {"second":6,"s":"z"} true null
bool(true)
bool(false)
closed: false 2030 statement is closed
before: [{"v":"a"}]
after close: false 2006
after reconnect: false 2006
new one: [{"v":"d"}]
kept: [{"2":2}]
