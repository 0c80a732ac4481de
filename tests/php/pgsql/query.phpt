--TEST--
Swoole\Coroutine\PostgreSQL::query: every fetch style (fetchAll with each result type, fetchAssoc/fetchArray/fetchRow/fetchObject by row number and by cursor), typed values and NULL, affectedRows/numRows/fieldCount, unnamed columns, a class and constructor arguments for fetchObject, Swoole 4's $pg->fetchAll($result) forms, wrong arguments
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

#[AllowDynamicProperties]
class Row
{
    public int $id = 0;
    public ?string $name = null;
    public array $args;
    public function __construct(...$args) { $this->args = $args; }
}

Co\run(function () {
    $pg = pgt_connect();
    $t = 'q_' . getmypid();
    pgt_q($pg, "CREATE TEMP TABLE $t (id serial PRIMARY KEY, name text, score float8, ok boolean)");
    $s = pgt_q($pg, "INSERT INTO $t (name, score, ok) VALUES ('a', 1.5, true), ('b', NULL, false), (NULL, -2.25, NULL)");
    var_dump($s->affectedRows(), $s->numRows(), $s->fieldCount(), $s->fetchAll(), $s->fetchAssoc(), $pg->resultStatus);

    $s = pgt_q($pg, "SELECT id, name, score, ok FROM $t ORDER BY id");
    var_dump($pg->resultStatus === 2, $s->resultStatus === 2, $s->numRows(), $s->fieldCount(), $s->affectedRows());
    echo "-- fetchAll\n";
    var_dump($s->fetchAll());
    echo json_encode($s->fetchAll(SW_PGSQL_NUM)), "\n", json_encode($s->fetchAll(SW_PGSQL_BOTH)), "\n";
    echo "-- cursor\n";
    while ($r = $s->fetchAssoc())
        echo json_encode($r), "\n";
    var_dump($s->fetchRow());
    echo "-- by row number (the cursor follows)\n";
    echo json_encode($s->fetchRow(1)), ' ', json_encode($s->fetchRow()), ' ', json_encode($s->fetchRow(0, SW_PGSQL_ASSOC)), "\n";
    echo json_encode($s->fetchArray(2)), ' ', json_encode($s->fetchArray(0, SW_PGSQL_NUM)), "\n";
    var_dump($s->fetchAssoc(3), $s->fetchAssoc(null));
    echo "-- objects\n";
    var_dump($s->fetchObject(0));
    $o = $s->fetchObject(1, Row::class, ['x', 2]);
    var_dump($o);
    var_dump($s->fetchObject(99));

    echo "-- types\n";
    $s = pgt_q($pg, "SELECT 1::int2 AS i2, 2::int4 AS i4, 9223372036854775807::int8 AS i8, 42::oid AS o,
        0.5::float4 AS f4, 'Infinity'::float8 AS inf, '-Infinity'::float8 AS ninf, 'NaN'::float8 AS nan,
        12345678901234567890.5::numeric AS num, true AS t, false AS f, ''::text AS empty, 'é'::text AS utf8,
        '\\x00ff41'::bytea AS bin, ''::bytea AS nobin, '2024-01-02'::date AS d, '{1,2}'::int[] AS arr,
        '{\"a\":1}'::jsonb AS j, NULL::int AS nint, NULL::text AS ntext, 11, 22, 33");
    $r = $s->fetchAssoc();
    $r['bin'] = bin2hex($r['bin']);
    var_dump($r);

    echo "-- empty result\n";
    $s = pgt_q($pg, "SELECT * FROM $t WHERE id < 0");
    var_dump($s->fetchAll(), $s->fetchAssoc(), $s->numRows(), $s->fieldCount());
    echo "-- several statements: the last result\n";
    var_dump(pgt_q($pg, "SELECT 1 AS a; SELECT 2 AS b")->fetchAll());

    echo "-- Swoole 4 forms\n";
    $res = pgt_q($pg, "SELECT id, name FROM $t ORDER BY id");
    var_dump($pg->numRows($res), $pg->fieldCount($res), $pg->affectedRows($res));
    echo json_encode($pg->fetchAll($res)), "\n";
    echo json_encode($pg->fetchRow($res, 2)), json_encode($pg->fetchAssoc($res, 0)), json_encode($pg->fetchArray($res)),
         json_encode($pg->fetchObject($res)), json_encode($pg->fetchObject($res)), "\n";

    echo "-- wrong arguments\n";
    foreach ([fn() => $res->fetchAll(7), fn() => $res->fetchRow(-1), fn() => $res->fetchAssoc('x'),
              fn() => $res->fetchObject(0, 'NoSuchClass'), fn() => $res->fetchObject(0, null, [1]),
              fn() => $pg->fetchAll(new stdClass), fn() => $pg->numRows('x'), fn() => $pg->query([]),
              fn() => $pg->query("SELECT 1\0"), fn() => new Swoole\Coroutine\PostgreSQLStatement,
              fn() => clone $res, fn() => serialize($res)] as $f) {
        try {
            var_dump($f());
        } catch (Throwable $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
});
echo "done\n";
?>
--EXPECTF--
int(3)
int(0)
int(0)
array(0) {
}
bool(false)
int(1)
bool(true)
bool(true)
int(3)
int(4)
int(3)
-- fetchAll
array(3) {
  [0]=>
  array(4) {
    ["id"]=>
    int(1)
    ["name"]=>
    string(1) "a"
    ["score"]=>
    float(1.5)
    ["ok"]=>
    bool(true)
  }
  [1]=>
  array(4) {
    ["id"]=>
    int(2)
    ["name"]=>
    string(1) "b"
    ["score"]=>
    NULL
    ["ok"]=>
    bool(false)
  }
  [2]=>
  array(4) {
    ["id"]=>
    int(3)
    ["name"]=>
    NULL
    ["score"]=>
    float(-2.25)
    ["ok"]=>
    NULL
  }
}
[[1,"a",1.5,true],[2,"b",null,false],[3,null,-2.25,null]]
[{"0":1,"id":1,"1":"a","name":"a","2":1.5,"score":1.5,"3":true,"ok":true},{"0":2,"id":2,"1":"b","name":"b","2":null,"score":null,"3":false,"ok":false},{"0":3,"id":3,"1":null,"name":null,"2":-2.25,"score":-2.25,"3":null,"ok":null}]
-- cursor
{"id":1,"name":"a","score":1.5,"ok":true}
{"id":2,"name":"b","score":null,"ok":false}
{"id":3,"name":null,"score":-2.25,"ok":null}
bool(false)
-- by row number (the cursor follows)
[2,"b",null,false] [3,null,-2.25,null] {"id":1,"name":"a","score":1.5,"ok":true}
{"0":3,"id":3,"1":null,"name":null,"2":-2.25,"score":-2.25,"3":null,"ok":null} [1,"a",1.5,true]
bool(false)
array(4) {
  ["id"]=>
  int(2)
  ["name"]=>
  string(1) "b"
  ["score"]=>
  NULL
  ["ok"]=>
  bool(false)
}
-- objects
object(stdClass)#%d (4) {
  ["id"]=>
  int(1)
  ["name"]=>
  string(1) "a"
  ["score"]=>
  float(1.5)
  ["ok"]=>
  bool(true)
}
object(Row)#%d (5) {
  ["id"]=>
  int(2)
  ["name"]=>
  string(1) "b"
  ["args"]=>
  array(2) {
    [0]=>
    string(1) "x"
    [1]=>
    int(2)
  }
  ["score"]=>
  NULL
  ["ok"]=>
  bool(false)
}
bool(false)
-- types
array(23) {
  ["i2"]=>
  int(1)
  ["i4"]=>
  int(2)
  ["i8"]=>
  int(9223372036854775807)
  ["o"]=>
  int(42)
  ["f4"]=>
  float(0.5)
  ["inf"]=>
  float(INF)
  ["ninf"]=>
  float(-INF)
  ["nan"]=>
  float(NAN)
  ["num"]=>
  string(22) "12345678901234567890.5"
  ["t"]=>
  bool(true)
  ["f"]=>
  bool(false)
  ["empty"]=>
  string(0) ""
  ["utf8"]=>
  string(2) "é"
  ["bin"]=>
  string(6) "00ff41"
  ["nobin"]=>
  string(0) ""
  ["d"]=>
  string(10) "2024-01-02"
  ["arr"]=>
  string(5) "{1,2}"
  ["j"]=>
  string(8) "{"a": 1}"
  ["nint"]=>
  NULL
  ["ntext"]=>
  NULL
  ["?column?"]=>
  int(11)
  ["?column?1"]=>
  int(22)
  ["?column?2"]=>
  int(33)
}
-- empty result
array(0) {
}
bool(false)
int(0)
int(4)
-- several statements: the last result
array(1) {
  [0]=>
  array(1) {
    ["b"]=>
    int(2)
  }
}
-- Swoole 4 forms
int(3)
int(2)
int(3)
[{"id":1,"name":"a"},{"id":2,"name":"b"},{"id":3,"name":null}]
[3,null]{"id":1,"name":"a"}{"0":2,"id":2,"1":"b","name":"b"}{"id":3,"name":null}false
-- wrong arguments
ValueError: Swoole\Coroutine\PostgreSQLStatement::fetchAll(): Argument #1 ($result_type) must be SW_PGSQL_ASSOC, SW_PGSQL_NUM or SW_PGSQL_BOTH
ValueError: Swoole\Coroutine\PostgreSQLStatement::fetchRow(): Argument #1 ($row) must be greater than or equal to 0
TypeError: Swoole\Coroutine\PostgreSQLStatement::fetchAssoc(): Argument #1 ($row) must be of type ?int, string given
ValueError: Swoole\Coroutine\PostgreSQLStatement::fetchObject(): Argument #2 ($class_name) must be a valid class name, NoSuchClass given
ValueError: Swoole\Coroutine\PostgreSQLStatement::fetchObject(): Argument #3 ($ctor_params) must be empty when the specified class (stdClass) does not have a constructor
TypeError: Swoole\Coroutine\PostgreSQL::fetchAll(): Argument #1 ($result) must be of type Swoole\Coroutine\PostgreSQLStatement, stdClass given
TypeError: Swoole\Coroutine\PostgreSQL::numRows(): Argument #1 ($result) must be of type Swoole\Coroutine\PostgreSQLStatement, string given
TypeError: Swoole\Coroutine\PostgreSQL::query(): Argument #1 ($query) must be of type string, array given
ValueError: Swoole\Coroutine\PostgreSQL::query(): Argument #1 ($query) must not contain any null bytes
Error: Call to private Swoole\Coroutine\PostgreSQLStatement::__construct() from global scope
Error: Trying to clone an uncloneable object of class Swoole\Coroutine\PostgreSQLStatement
Exception: Serialization of 'Swoole\Coroutine\PostgreSQLStatement' is not allowed
done
