--TEST--
Swoole\Coroutine\PostgreSQLStatement::execute: float parameters reach the server as the same double whatever serialize_precision says (100 here: the text of 1e300 no longer loses its exponent to a fixed buffer)
--INI--
swoole.plugins[]=pgsql
serialize_precision=100
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

Co\run(function () {
    $pg = pgt_connect();
    $st = $pg->prepare('SELECT $1::float8 AS v, $1::float8 = $2::float8 AS same');
    foreach ([1e300, -1.2345678901234567e-300, 0.1, 1/3, -0.0, 5e-324, 1.7976931348623157e308] as $f) {
        if (!$st->execute([$f, $f]))
            die("execute: {$pg->error}\n");
        $row = $st->fetchAssoc();
        var_dump($row['v'] === $f);
    }
});
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
done
