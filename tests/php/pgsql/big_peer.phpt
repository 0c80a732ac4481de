--TEST--
Swoole\Coroutine\PostgreSQL: a 10,000-row result (fetchAll and the cursor), a 1 MiB value each way, and a cross-check with the real psql client: rows written by us read by psql, rows written by psql read by us; php --ri lists the plugin
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif();
if (!trim((string)shell_exec('command -v psql'))) die('skip psql not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

Co\run(function () {
    $pg = pgt_connect();
    $s = pgt_q($pg, "SELECT g AS id, 'row ' || g AS name, g % 2 = 0 AS even, g * 0.5::float8 AS half
                     FROM generate_series(1, 10000) g");
    var_dump($s->numRows());
    $all = $s->fetchAll();
    var_dump(count($all), $all[0], $all[9999]);
    $n = 0;
    $sum = 0;
    while ($r = $s->fetchRow()) {
        $n++;
        $sum += $r[0];
    }
    var_dump($n, $sum, array_sum(array_column($all, 'half')));

    /* 1 MiB out and back */
    $big = str_repeat('0123456789abcdef', 65536);
    $st = $pg->prepare('SELECT length($1::text) AS n, md5($1::text) AS h, repeat($1::text, 1) AS back');
    var_dump($st->execute([$big]));
    $r = $st->fetchAssoc();
    var_dump($r['n'], $r['h'] === md5($big), $r['back'] === $big);

    /* psql as the peer */
    $t = 'peer_' . getmypid();
    pgt_q($pg, "CREATE TABLE $t (id int PRIMARY KEY, txt text, b bytea, f float8, ok boolean)");
    $ins = $pg->prepare("INSERT INTO $t VALUES ($1, $2, $3, $4, $5)");
    var_dump($ins->execute([1, "O'Reilly \"q\" é", "\x00\xff", 2.5, true]),
             $ins->execute([2, null, '', -1e10, false]));
    echo pgt_psql("SELECT id, coalesce(txt, '<null>'), encode(b, 'hex'), f, ok FROM $t ORDER BY id");
    echo pgt_psql("INSERT INTO $t VALUES (3, E'from\\\\tpsql', '\\x0102'::bytea, 0.125, NULL)");
    $r = pgt_q($pg, "SELECT * FROM $t WHERE id = 3")->fetchAssoc();
    $r['b'] = bin2hex($r['b']);
    var_dump($r);
    pgt_q($pg, "DROP TABLE $t");
});
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
echo preg_match('/pgsql client library => \d+\.\d+/', $info) ? "listed\n" : $info;
echo "done\n";
?>
--EXPECT--
int(10000)
int(10000)
array(4) {
  ["id"]=>
  int(1)
  ["name"]=>
  string(5) "row 1"
  ["even"]=>
  bool(false)
  ["half"]=>
  float(0.5)
}
array(4) {
  ["id"]=>
  int(10000)
  ["name"]=>
  string(9) "row 10000"
  ["even"]=>
  bool(true)
  ["half"]=>
  float(5000)
}
int(10000)
int(50005000)
float(25002500)
bool(true)
int(1048576)
bool(true)
bool(true)
bool(true)
bool(true)
1|O'Reilly "q" é|00ff|2.5|t
2|<null>||-10000000000|f
array(5) {
  ["id"]=>
  int(3)
  ["txt"]=>
  string(10) "from\tpsql"
  ["b"]=>
  string(4) "0102"
  ["f"]=>
  float(0.125)
  ["ok"]=>
  NULL
}
listed
done
