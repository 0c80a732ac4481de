--TEST--
Swoole\Coroutine\PostgreSQL: metaData (schema.table, public by default, unknown table), escape/escapeLiteral/escapeIdentifier (checked by running what they built), and every method of a client that never connected
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

Co\run(function () {
    /* never connected: false and a reason, no crash, no wait */
    $n = new Swoole\Coroutine\PostgreSQL;
    var_dump($n->query('SELECT 1'), $n->errCode, $n->error);
    var_dump($n->prepare('SELECT 1'), $n->prepare('a', 'SELECT 1'), $n->execute('a', []),
             $n->metaData('t'), $n->escape('x'), $n->escapeLiteral('x'), $n->escapeIdentifier('x'));
    echo $n->error, "\n";

    $pg = pgt_connect();
    $t = 'meta_' . getmypid();
    pgt_q($pg, "CREATE TABLE $t (id serial PRIMARY KEY, name varchar(20) NOT NULL, tags text[], gone int, created timestamptz DEFAULT now())");
    pgt_q($pg, "ALTER TABLE $t DROP COLUMN gone");
    $m = $pg->metaData($t);
    var_dump($m);
    var_dump($pg->metaData("public.$t") === $m);
    var_dump($pg->metaData('pg_catalog.pg_am')['amname']['type']);
    var_dump($pg->metaData('no_such_table'), $pg->errCode);
    echo $pg->error, "\n";
    var_dump($pg->metaData(''), $pg->error);
    pgt_q($pg, "DROP TABLE $t");

    echo "-- escapes\n";
    $nasty = "it's a \"test\" \\ with ; -- and é";
    var_dump($pg->escape($nasty), $pg->escapeLiteral($nasty), $pg->escapeIdentifier('we"ird name'));
    $s = pgt_q($pg, "SELECT '" . $pg->escape($nasty) . "' AS a, " . $pg->escapeLiteral($nasty) . ' AS '
                  . $pg->escapeIdentifier('we"ird name'));
    $r = $s->fetchAssoc();
    var_dump($r['a'] === $nasty, $r['we"ird name'] === $nasty);
    var_dump($pg->escape(''), $pg->escapeLiteral(''), $pg->escapeIdentifier(''));
    /* not UTF-8: libpq refuses */
    var_dump($pg->escapeLiteral("\xff\xfe"), $pg->errCode);
    echo trim($pg->error), "\n";
    foreach ([fn() => $pg->escape([]), fn() => $pg->metaData([])] as $f) {
        try {
            $f();
        } catch (TypeError $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
});
echo "done\n";
?>
--EXPECT--
bool(false)
int(107)
string(101) "not connected to a PostgreSQL server (connect() first; a connection that failed or was cut is closed)"
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
not connected: escaping needs the connection's encoding
array(4) {
  ["id"]=>
  array(7) {
    ["num"]=>
    int(1)
    ["type"]=>
    string(4) "int4"
    ["len"]=>
    int(4)
    ["not null"]=>
    bool(true)
    ["has default"]=>
    bool(true)
    ["array dims"]=>
    int(0)
    ["is enum"]=>
    bool(false)
  }
  ["name"]=>
  array(7) {
    ["num"]=>
    int(2)
    ["type"]=>
    string(7) "varchar"
    ["len"]=>
    int(-1)
    ["not null"]=>
    bool(true)
    ["has default"]=>
    bool(false)
    ["array dims"]=>
    int(0)
    ["is enum"]=>
    bool(false)
  }
  ["tags"]=>
  array(7) {
    ["num"]=>
    int(3)
    ["type"]=>
    string(5) "_text"
    ["len"]=>
    int(-1)
    ["not null"]=>
    bool(false)
    ["has default"]=>
    bool(false)
    ["array dims"]=>
    int(1)
    ["is enum"]=>
    bool(false)
  }
  ["created"]=>
  array(7) {
    ["num"]=>
    int(5)
    ["type"]=>
    string(11) "timestamptz"
    ["len"]=>
    int(8)
    ["not null"]=>
    bool(false)
    ["has default"]=>
    bool(true)
    ["array dims"]=>
    int(0)
    ["is enum"]=>
    bool(false)
  }
}
bool(true)
string(4) "name"
bool(false)
int(22)
table "no_such_table" does not exist (or has no columns)
bool(false)
string(32) "the table name must be specified"
-- escapes
string(33) "it''s a "test" \ with ; -- and é"
string(38) " E'it''s a "test" \\ with ; -- and é'"
string(14) ""we""ird name""
bool(true)
bool(true)
string(0) ""
string(2) "''"
string(2) """"
bool(false)
int(22)
invalid multibyte character
TypeError: Swoole\Coroutine\PostgreSQL::escape(): Argument #1 ($string) must be of type string, array given
TypeError: Swoole\Coroutine\PostgreSQL::metaData(): Argument #1 ($table_name) must be of type string, array given
done
