--TEST--
Swoole\Coroutine\MySQL::query(): rows as strings (strict_type off) or typed (on); OK packets with affected_rows / insert_id; SQL errors; 10k rows; escape() round trip; begin/commit/rollback
--INI--
swoole.plugins[]=mysql
--SKIPIF--
<?php require __DIR__ . '/../include/mysql.inc'; my_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';

Co\run(function () {
    $t = 'query_t_' . getmypid();
    $m = my_connect();
    var_dump($m->query("CREATE TABLE $t (id INT PRIMARY KEY AUTO_INCREMENT, ti TINYINT, si SMALLINT,
        mi MEDIUMINT, bi BIGINT, ubi BIGINT UNSIGNED, y YEAR, f FLOAT, d DOUBLE, dec_ DECIMAL(10,2),
        b BIT(8), s VARCHAR(20), tx TEXT, bl BLOB, dt DATE, dtt DATETIME(3), n INT NULL) ENGINE=InnoDB"));
    var_dump($m->affected_rows, $m->insert_id, $m->errno, $m->error);
    var_dump($m->query("INSERT INTO $t VALUES (NULL, -5, 300, 70000, -9000000000, 18446744073709551615,
        2024, 1.5, 2.25, 12345.67, b'101', 'héllo', 'text', x'00ff', '2026-12-02',
        '2026-12-02 10:11:12.345', NULL)"));
    var_dump($m->affected_rows, $m->insert_id);
    var_dump($m->query("INSERT INTO $t (s) VALUES ('a'), ('b')"), $m->affected_rows, $m->insert_id);
    var_dump($m->query("UPDATE $t SET n = 7 WHERE s IN ('a', 'b')"), $m->affected_rows);

    $row = $m->query("SELECT * FROM $t WHERE id = 1")[0];
    echo "strict_type off:\n";
    foreach ($row as $k => $v)
        echo "  $k: ", get_debug_type($v), " ", $k === 'bl' || $k === 'b' ? bin2hex($v) : var_export($v, true), "\n";

    $s = my_connect(['strict_type' => true]);
    $row = $s->query("SELECT * FROM $t WHERE id = 1")[0];
    echo "strict_type on:\n";
    foreach ($row as $k => $v)
        echo "  $k: ", get_debug_type($v), " ", $k === 'bl' ? bin2hex($v) : var_export($v, true), "\n";
    var_dump($s->query('SELECT 1 + 1 AS two, 0.5 AS half, 1e0 AS e, NULL AS nothing, "7" AS str'));

    /* errors: false, errno/error; a later success clears them */
    var_dump($m->query('SELEKT 1'), $m->errno, $m->error);
    var_dump($m->query("INSERT INTO $t (id) VALUES (1)"), $m->errno, $m->error);
    var_dump($m->query('SELECT 1 AS one'), $m->errno, $m->error);
    var_dump($m->query(''), $m->errno);
    var_dump($m->query('SELECT 1 FROM DUAL WHERE 0'));   /* an empty result set */

    /* a big result: 10k rows */
    $rows = $m->query("SELECT seq, REPEAT('x', seq % 50) AS pad FROM seq_1_to_10000");
    var_dump(count($rows), $rows[0], $rows[9999]['seq'], strlen($rows[9999]['pad']));

    /* escape */
    $nasty = "it's a \"quote\" \\ back\nline \x00 nul \x1a ctrl-z 'héllo'";
    $e = $m->escape($nasty);
    var_dump($e);
    var_dump($m->query("SELECT '$e' AS v")[0]['v'] === $nasty);
    var_dump($m->escape(''));

    /* transactions */
    var_dump($m->begin());
    $m->query("INSERT INTO $t (s) VALUES ('rolled back')");
    var_dump($m->rollback());
    var_dump($m->query("SELECT COUNT(*) AS n FROM $t WHERE s = 'rolled back'")[0]['n']);
    var_dump($m->begin());
    $m->query("INSERT INTO $t (s) VALUES ('kept')");
    var_dump($m->commit());
    var_dump($s->query("SELECT COUNT(*) AS n FROM $t WHERE s = 'kept'")[0]['n']);

    var_dump($m->query("DROP TABLE $t"));
});
?>
--EXPECTF--
bool(true)
int(0)
int(0)
int(0)
string(0) ""
bool(true)
int(1)
int(1)
bool(true)
int(2)
int(2)
bool(true)
int(2)
strict_type off:
  id: string '1'
  ti: string '-5'
  si: string '300'
  mi: string '70000'
  bi: string '-9000000000'
  ubi: string '18446744073709551615'
  y: string '2024'
  f: string '1.5'
  d: string '2.25'
  dec_: string '12345.67'
  b: string 05
  s: string 'héllo'
  tx: string 'text'
  bl: string 00ff
  dt: string '2026-12-02'
  dtt: string '2026-12-02 10:11:12.345'
  n: null NULL
strict_type on:
  id: int 1
  ti: int -5
  si: int 300
  mi: int 70000
  bi: int -9000000000
  ubi: string '18446744073709551615'
  y: int 2024
  f: float 1.5
  d: float 2.25
  dec_: string '12345.67'
  b: int 5
  s: string 'héllo'
  tx: string 'text'
  bl: string 00ff
  dt: string '2026-12-02'
  dtt: string '2026-12-02 10:11:12.345'
  n: null NULL
array(1) {
  [0]=>
  array(5) {
    ["two"]=>
    int(2)
    ["half"]=>
    string(3) "0.5"
    ["e"]=>
    float(1)
    ["nothing"]=>
    NULL
    ["str"]=>
    string(1) "7"
  }
}
bool(false)
int(1064)
string(%d) "You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEKT 1' at line 1"
bool(false)
int(1062)
string(%d) "Duplicate entry '1' for key 'PRIMARY'"
array(1) {
  [0]=>
  array(1) {
    ["one"]=>
    string(1) "1"
  }
}
int(0)
string(0) ""
bool(false)
int(1065)
array(0) {
}
int(10000)
array(2) {
  ["seq"]=>
  string(1) "1"
  ["pad"]=>
  string(1) "x"
}
string(5) "10000"
int(0)
string(%d) "%s"
bool(true)
string(0) ""
bool(true)
bool(true)
string(1) "0"
bool(true)
bool(true)
int(1)
bool(true)
