--TEST--
Swoole\Coroutine\MySQL: multi-statement queries with nextResult(); fetch_mode (query() returns true, rows from fetch()/fetchAll()); setDefer()/recv()
--INI--
swoole.plugins[]=mysql
--SKIPIF--
<?php require __DIR__ . '/../include/mysql.inc'; my_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';

function j($v): string { return json_encode($v); }

Co\run(function () {
    $m = my_connect();
    echo "multi: ", j($m->query('SELECT 1 AS a; SELECT 2 AS b, 3 AS c; DO 1; SELECT 4 AS d')), "\n";
    for ($i = 0; $i < 4; $i++)
        echo "  next: ", j($m->nextResult()), " errno={$m->errno}\n";
    echo "error inside: ", j($m->query('SELECT 1 AS a; SELEKT; SELECT 3 AS c')), "\n";
    echo "  next: ", j($m->nextResult()), " errno={$m->errno}\n";
    echo "  next: ", j($m->nextResult()), "\n";
    echo "left unread: ", j($m->query('SELECT 1 AS a; SELECT 2 AS b; SELECT 3 AS c')), "\n";
    echo "  then: ", j($m->query('SELECT 9 AS z')), "\n";
    echo "  next: ", j($m->nextResult()), "\n";

    $f = my_connect(['fetch_mode' => true]);
    echo "fetch_mode: ", j($f->query('SELECT seq FROM seq_1_to_3')), "\n";
    echo "  fetch: ", j($f->fetch()), " ", j($f->fetch()), "\n";
    echo "  fetchAll: ", j($f->fetchAll()), "\n";
    echo "  after: ", j($f->fetch()), " ", j($f->fetchAll()), "\n";
    echo "  OK packet: ", j($f->query('DO 1')), " ", j($f->fetch()), "\n";
    echo "  empty set: ", j($f->query('SELECT 1 FROM DUAL WHERE 0')), " ", j($f->fetchAll()), "\n";
    echo "  error: ", j($f->query('SELEKT')), " {$f->errno}\n";
    echo "  multi: ", j($f->query('SELECT 1 AS a; SELECT 2 AS b, NULL AS n')), " ", j($f->fetchAll()), "\n";
    echo "  next: ", j($f->nextResult()), " ", j($f->fetch()), " ", j($f->fetch()), "\n";
    echo "  next: ", j($f->nextResult()), "\n";
    /* rows not fetched are dropped by the next query */
    $f->query('SELECT seq FROM seq_1_to_100');
    $f->fetch();
    echo "  dropped: ", j($f->query('SELECT 7 AS x')), " ", j($f->fetchAll()), "\n";
    $fs = my_connect(['fetch_mode' => true, 'strict_type' => true]);
    $fs->query('SELECT 1 AS i, 1.5e0 AS f, 2.50 AS d');
    echo "  strict: ", var_export($fs->fetch(), true), "\n";

    /* setDefer / recv */
    $d = my_connect();
    var_dump($d->getDefer(), $d->setDefer(), $d->getDefer());
    echo "deferred: ", j($d->query('SELECT 1 AS one')), "\n";
    echo "  another before recv: ", j($d->query('SELECT 2')), " {$d->errno}\n";
    echo "  recv: ", j($d->recv()), "\n";
    echo "  recv again: ", j($d->recv()), " {$d->errno}\n";
    echo "  error: ", j($d->query('SELEKT')), " ", j($d->recv()), " {$d->errno}\n";
    /* two connections waiting at once */
    $e = my_connect();
    $e->setDefer(true);
    $d->query('SELECT SLEEP(0.2) AS s, 1 AS n');
    $e->query('SELECT SLEEP(0.2) AS s, 2 AS n');
    echo "  both: ", j($e->recv()), " ", j($d->recv()), "\n";
    $d->setDefer(false);
    echo "  not deferred: ", j($d->query('SELECT 3 AS three')), "\n";
    try {
        $d->setDefer('x', 1);
    } catch (Throwable $ex) {
        echo get_class($ex), ": ", $ex->getMessage(), "\n";
    }
});
?>
--EXPECT--
multi: [{"a":"1"}]
  next: [{"b":"2","c":"3"}] errno=0
  next: true errno=0
  next: [{"d":"4"}] errno=0
  next: null errno=0
error inside: [{"a":"1"}]
  next: false errno=1064
  next: null
left unread: [{"a":"1"}]
  then: [{"z":"9"}]
  next: null
fetch_mode: true
  fetch: {"seq":"1"} {"seq":"2"}
  fetchAll: [{"seq":"3"}]
  after: null false
  OK packet: true null
  empty set: true []
  error: false 1064
  multi: true [{"a":"1"}]
  next: true {"b":"2","n":null} null
  next: null
  dropped: true [{"x":"7"}]
  strict: array (
  'i' => 1,
  'f' => 1.5,
  'd' => '2.50',
)
bool(false)
bool(true)
bool(true)
deferred: true
  another before recv: false 2014
  recv: [{"one":"1"}]
  recv again: false 2014
  error: true false 1064
  both: [{"s":"0","n":"2"}] [{"s":"0","n":"1"}]
  not deferred: [{"three":"3"}]
ArgumentCountError: Swoole\Coroutine\MySQL::setDefer() expects at most 1 argument, 2 given
