--TEST--
Swoole\Coroutine\MySQL setDefer(): prepare() returns true and recv() the Statement; execute() returns true and the statement's recv() the result; out-of-sync calls refused; pending commands dropped by close() and by freeing the objects
--INI--
swoole.plugins[]=mysql
--SKIPIF--
<?php require __DIR__ . '/../include/mysql.inc'; my_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';
function j($v): string { return json_encode($v); }

Co\run(function () {
    $d = my_connect();
    $d->setDefer();
    echo "prepare: ", j($d->prepare('SELECT ? + 1 AS x')), "\n";
    echo "  query meanwhile: ", j($d->query('SELECT 1')), " {$d->errno}\n";
    $st = $d->recv();
    echo "  recv: ", get_class($st), " {$d->errno}\n";
    echo "execute: ", j($st->execute([41])), "\n";
    echo "  client recv meanwhile: ", j($d->recv()), " {$d->errno}\n";
    echo "  prepare meanwhile: ", j($d->prepare('SELECT 2')), " {$d->errno}\n";
    echo "  recv: ", j($st->recv()), "\n";
    echo "  recv again: ", j($st->recv()), " {$st->errno}\n";
    echo "bad prepare: ", j($d->prepare('SELEKT ?')), " ", j($d->recv()), " {$d->errno}\n";
    echo "bad count: ", j($st->execute([1, 2])), " {$st->errno}\n";
    echo "server error: ", j($d->recv()), "\n";

    /* two connections, both waiting */
    $e = my_connect();
    $e->setDefer(true);
    $e->prepare('SELECT SLEEP(0.2) AS s, ? AS v');
    $st2 = $e->recv();
    $st->execute([1]);
    $st2->execute(['two']);
    $other = $e->prepare('SELECT 3');
    echo "both: ", j($st2->recv()), " ", j($st->recv()), "\n";

    /* another statement of the same connection while one is pending */
    $d->prepare('SELECT ? AS y');
    $st3 = $d->recv();
    $st->execute([5]);
    echo "other statement meanwhile: ", j($st3->execute([1])), " {$st3->errno}\n";
    echo "  then: ", j($st->recv()), " ", j($st3->execute([7])), " ", j($st3->recv()), "\n";

    /* close() with a deferred execute / prepare pending */
    $st->execute([9]);
    echo "close: ", j($d->close()), " ", j($st->recv()), " {$st->errno}\n";
    $f = my_connect();
    $f->setDefer();
    $f->prepare('SELECT 1');
    echo "close: ", j($f->close()), " ", j($f->recv()), " {$f->errno}\n";

    /* freed while pending: the client holds the statement, the statement the client */
    $g = my_connect();
    $g->setDefer();
    $g->prepare('SELECT SLEEP(0.1)');
    $sg = $g->recv();
    $sg->execute();
    unset($g, $sg);
    echo "collected: ", gc_collect_cycles() >= 2 ? "yes" : "no", "\n";
    $h = my_connect();
    $h->setDefer();
    $h->prepare('SELECT 1');
    unset($h);   /* a pending prepare */
    $k = my_connect();
    $k->setDefer();
    $k->prepare('SELECT 1');
    $sk = $k->recv();
    $sk->execute();
    $k->connect(my_cfg());   /* connecting again drops it too */
    echo "reconnected: ", j($sk->recv()), " ", j($k->query('SELECT 4 AS four')), " ", j($k->recv()), "\n";
});
echo "done\n";
?>
--EXPECT--
prepare: true
  query meanwhile: false 2014
  recv: Swoole\Coroutine\MySQL\Statement 0
execute: true
  client recv meanwhile: false 2014
  prepare meanwhile: false 2014
  recv: [{"x":42}]
  recv again: false 2014
bad prepare: true false 1064
bad count: false 2031
server error: false
both: [{"s":0,"v":"two"}] [{"x":2}]
other statement meanwhile: false 2014
  then: [{"x":6}] true [{"y":7}]
close: true false 2014
close: true false 2014
collected: yes
reconnected: false true [{"four":"4"}]
done
