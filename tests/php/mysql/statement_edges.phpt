--TEST--
Swoole\Coroutine\MySQL\Statement edges: rows kept by fetch_mode when the connection is closed, a statement freed while its connection is busy in another coroutine, a 1 MiB parameter and value
--INI--
swoole.plugins[]=mysql
--SKIPIF--
<?php require __DIR__ . '/../include/mysql.inc'; my_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';
Co\run(function () {
    $f = my_connect(['fetch_mode' => true]);
    $st = $f->prepare('SELECT seq FROM seq_1_to_3');
    var_dump($st->execute(), $st->fetch());
    $f->close();
    var_dump($st->fetch(), $st->errno, $st->error, $st->fetchAll(), $st->execute(), $st->errno);

    $c = my_connect();
    $s = $c->prepare('SELECT 1');
    $done = false;
    go(function () use ($c, &$done) {
        echo "busy: ", json_encode($c->query('SELECT SLEEP(0.2) AS s')), "\n";
        $done = true;
    });
    unset($s);   /* closed on the server once the connection is idle */
    while (!$done)
        Co::sleep(0.01);
    echo "after: ", json_encode($c->query('SELECT 5 AS five')), "\n";
    echo "statements closed by this session: ",
         json_encode($c->query("SHOW SESSION STATUS LIKE 'Com_stmt_close'")), "\n";

    $big = str_repeat('a', 1 << 20);
    echo "1 MiB parameter: ", json_encode($c->prepare('SELECT LENGTH(?) AS l')->execute([$big])), "\n";
    echo "1 MiB value: ", strlen($c->query("SELECT '$big' AS v")[0]['v']), "\n";
});
?>
--EXPECT--
bool(true)
array(1) {
  ["seq"]=>
  int(1)
}
bool(false)
int(2006)
string(95) "MySQL server has gone away (the statement's connection was closed before its rows were fetched)"
bool(false)
bool(false)
int(2006)
busy: [{"s":"0"}]
after: [{"five":"5"}]
statements closed by this session: [{"Variable_name":"Com_stmt_close","Value":"1"}]
1 MiB parameter: [{"l":1048576}]
1 MiB value: 1048576
