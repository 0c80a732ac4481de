--TEST--
Swoole\Coroutine\PostgreSQLStatement::execute: a Stringable parameter whose __toString() frees an earlier string parameter (a reference it reassigns) does not make execute() send freed memory, nor one that replaces itself by a longer string make it read past the text it returned: every parameter is sent as it was when execute() read it
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

class Grows
{
    function __toString(): string
    {
        global $o;
        $o = str_repeat('y', 100000);   // the parameter now holds a long string
        return 'short';
    }
}

class Reassigns
{
    function __toString(): string
    {
        global $x;
        $x = null;                               // frees the string of parameter 1
        $GLOBALS['junk'] = str_repeat('Z', 100); // and takes its memory again
        return 'second';
    }
}

Co\run(function () {
    global $x;
    $pg = pgt_connect();
    $st = $pg->prepare('SELECT $1::text AS a, $2::text AS b, $3::text AS c');
    $x = str_repeat('a', 100);   // refcounted: the reference holds its only copy
    $params = [&$x, new Reassigns, 'third'];
    var_dump($st->execute($params), $pg->error);
    $row = $st->fetchAssoc();
    var_dump($row['a'] === str_repeat('a', 100), $row['b'], $row['c'], $x);

    // the same through Swoole 4's execute($name, $params)
    var_dump($pg->prepare('rv_params', 'SELECT $1::text AS a, $2::text AS b') !== false);
    $x = str_repeat('a', 100);
    $res = $pg->execute('rv_params', [&$x, new Reassigns]);
    $row = $pg->fetchAssoc($res);
    var_dump($row['a'] === str_repeat('a', 100), $row['b']);

    // a Stringable that replaces itself (its reference) by a longer string: the text
    // sent is the one __toString() returned, with its own length
    global $o;
    $o = new Grows;
    var_dump($st->execute([1, &$o, 3]), $st->fetchRow()[1], strlen($o));
});
echo "done\n";
?>
--EXPECT--
bool(true)
NULL
bool(true)
string(6) "second"
string(5) "third"
NULL
bool(true)
bool(true)
string(6) "second"
bool(true)
string(5) "short"
int(100000)
done
