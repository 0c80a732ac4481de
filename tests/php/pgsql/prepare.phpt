--TEST--
Swoole\Coroutine\PostgreSQL::prepare and PostgreSQLStatement::execute: parameters of every PHP type (NULL, bool, int, float, strings with quotes, NUL bytes and non-UTF-8 bytes into bytea and text), re-execution, errors in prepare and execute, TypeError for values no parameter takes, statements deallocated when their object dies, Swoole 4's prepare($name, $sql) + execute($name, $params)
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

class Name { function __toString(): string { return 'stringable'; } }

function prepared(Swoole\Coroutine\PostgreSQL $pg): int
{
    return pgt_q($pg, "SELECT count(*) FROM pg_prepared_statements")->fetchRow()[0];
}

Co\run(function () {
    $pg = pgt_connect();
    $t = 'p_' . getmypid();
    pgt_q($pg, "CREATE TEMP TABLE $t (id int, txt text, bin bytea, flag boolean, n numeric, f float8)");

    $ins = $pg->prepare("INSERT INTO $t VALUES ($1, $2, $3, $4, $5, $6)");
    var_dump(get_class($ins), $ins->numRows(), $ins->fetchAll());
    $rows = [
        [1, "it's \"quoted\" \\ back", "\x00\x01\x02\xff\xfe", true, 0.1, 1.5],
        [2, null, null, false, 12345678901234567890, -0.0],
        ['3', 'é ü 漢', "plain ascii", null, '3.14159', INF],
        [4, new Name, "", '1', 1e-5, 2.0 ** 60],
    ];
    foreach ($rows as $r)
        var_dump($ins->execute($r), $ins->affectedRows());
    $s = pgt_q($pg, "SELECT id, txt, encode(bin, 'hex') AS bin, flag, n, f FROM $t ORDER BY id");
    foreach ($s->fetchAll() as $r)
        echo json_encode(array_map(fn($v) => is_float($v) && is_infinite($v) ? "float($v)" : $v, $r),
                         JSON_PRESERVE_ZERO_FRACTION), "\n";

    /* bytes back as they went in */
    $sel = $pg->prepare("SELECT bin, txt FROM $t WHERE id = $1");
    var_dump($sel->execute([1]));
    $r = $sel->fetchAssoc();
    var_dump(bin2hex($r['bin']), $r['txt']);
    var_dump($sel->execute([99]), $sel->fetchAll(), $sel->numRows());
    /* all 256 byte values through bytea */
    $all = '';
    for ($i = 0; $i < 256; $i++)
        $all .= chr($i);
    $echo = $pg->prepare('SELECT $1::bytea AS b, length($1::bytea) AS n');
    var_dump($echo->execute([$all]));
    $r = $echo->fetchAssoc();
    var_dump($r['b'] === $all, $r['n']);
    /* text cannot hold NUL or invalid UTF-8: an error, not a cut or altered string */
    $txt = $pg->prepare('SELECT $1::text AS t');
    var_dump($txt->execute(["a\0b"]), $txt->resultDiag['sqlstate'] ?? null);
    var_dump($txt->execute(["\xff"]), $txt->resultDiag['sqlstate'] ?? null);
    var_dump($txt->execute(["ok"]), $txt->fetchRow());

    echo "-- errors\n";
    var_dump($pg->prepare("SELEKT 1"), $pg->errCode, $pg->resultDiag['sqlstate']);
    var_dump($pg->prepare("SELECT * FROM no_such_table_x"), $pg->resultDiag['sqlstate']);
    $div = $pg->prepare('SELECT 1 / $1::int AS q');
    var_dump($div->execute([0]), $div->errCode, $div->resultDiag['sqlstate'], $pg->resultDiag['sqlstate']);
    echo trim($div->error), "\n";
    var_dump($div->execute([2]), $div->fetchRow(), $div->error, $div->errCode);
    var_dump($div->execute([1, 2]), $div->resultDiag['sqlstate']);   /* too many */
    var_dump($div->execute([]), $div->resultDiag['sqlstate']);       /* too few */
    var_dump($div->execute(['abc']), $div->resultDiag['sqlstate']);  /* not an int */
    $q = pgt_q($pg, 'SELECT 1');
    var_dump($q->execute(), $q->errCode);
    echo $q->error, "\n";

    echo "-- wrong PHP types\n";
    foreach ([fn() => $div->execute([[1]]), fn() => $div->execute([new stdClass]),
              fn() => $div->execute([STDIN]), fn() => $div->execute('x'),
              fn() => $pg->prepare([]), fn() => $pg->prepare("SELECT \0")] as $f) {
        try {
            var_dump($f());
        } catch (Throwable $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
    var_dump($div->execute([5]), $div->fetchRow());   /* still usable */

    echo "-- deallocation\n";
    $before = prepared($pg);
    $a = $pg->prepare('SELECT 1');
    $b = $pg->prepare('SELECT 2');
    var_dump(prepared($pg) - $before);
    unset($a, $b);
    var_dump(prepared($pg) - $before);   /* deallocated before this query ran */

    echo "-- Swoole 4 forms\n";
    var_dump((bool)$pg->prepare('by_name', "SELECT id, txt FROM $t WHERE id > $1 ORDER BY id"));
    $res = $pg->execute('by_name', [2]);
    echo json_encode($pg->fetchAll($res)), "\n";
    $res = $pg->execute('by_name', ['1']);
    var_dump($pg->numRows($res));
    var_dump($pg->prepare('by_name', 'SELECT 1'), $pg->resultDiag['sqlstate']);  /* exists */
    var_dump($pg->execute('no_such_statement'), $pg->resultDiag['sqlstate']);
    var_dump(is_object($pg->execute('by_name', [0])));   /* the user owns it: still there */
});
echo "done\n";
?>
--EXPECT--
string(36) "Swoole\Coroutine\PostgreSQLStatement"
bool(false)
bool(false)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(1)
{"id":1,"txt":"it's \"quoted\" \\ back","bin":"000102fffe","flag":true,"n":"0.1","f":1.5}
{"id":2,"txt":null,"bin":null,"flag":false,"n":"12345678901234567000","f":-0.0}
{"id":3,"txt":"\u00e9 \u00fc \u6f22","bin":"706c61696e206173636969","flag":null,"n":"3.14159","f":"float(INF)"}
{"id":4,"txt":"stringable","bin":"","flag":true,"n":"0.000010","f":1.152921504606847e+18}
bool(true)
string(10) "000102fffe"
string(20) "it's "quoted" \ back"
bool(true)
array(0) {
}
int(0)
bool(true)
bool(true)
int(256)
bool(false)
string(5) "22021"
bool(false)
string(5) "22021"
bool(true)
array(1) {
  [0]=>
  string(2) "ok"
}
-- errors
bool(false)
int(7)
string(5) "42601"
bool(false)
string(5) "42P01"
bool(false)
int(7)
string(5) "22012"
string(5) "22012"
ERROR:  division by zero
bool(true)
array(1) {
  [0]=>
  int(0)
}
NULL
int(0)
bool(false)
string(5) "08P01"
bool(false)
string(5) "08P01"
bool(false)
string(5) "22P02"
bool(false)
int(22)
this statement holds the result of a query: only statements of prepare() can be executed
-- wrong PHP types
TypeError: Swoole\Coroutine\PostgreSQLStatement::execute(): Argument #1 ($params) must contain only null, bool, int, float, string or Stringable values, array given at position 0
TypeError: Swoole\Coroutine\PostgreSQLStatement::execute(): Argument #1 ($params) must contain only null, bool, int, float, string or Stringable values, stdClass given at position 0
TypeError: Swoole\Coroutine\PostgreSQLStatement::execute(): Argument #1 ($params) must contain only null, bool, int, float, string or Stringable values, resource given at position 0
TypeError: Swoole\Coroutine\PostgreSQLStatement::execute(): Argument #1 ($params) must be of type array, string given
TypeError: Swoole\Coroutine\PostgreSQL::prepare(): Argument #1 ($query) must be of type string, array given
ValueError: Swoole\Coroutine\PostgreSQL::prepare(): Argument #1 ($query) must not contain any null bytes
bool(true)
array(1) {
  [0]=>
  int(0)
}
-- deallocation
int(2)
int(0)
-- Swoole 4 forms
bool(true)
[{"id":3,"txt":"\u00e9 \u00fc \u6f22"},{"id":4,"txt":"stringable"}]
int(3)
bool(false)
string(5) "42P05"
bool(false)
string(5) "26000"
bool(true)
done
