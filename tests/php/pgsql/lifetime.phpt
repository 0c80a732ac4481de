--TEST--
Swoole\Coroutine\PostgreSQL: a statement keeps its connection alive; freeing the last reference closes the connection (the backend goes away); a client <-> statement cycle is collected; subclasses and the Co\PostgreSQL alias work
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

class MyPg extends Swoole\Coroutine\PostgreSQL
{
    public $keep;
    public function one(): int { return pgt_q($this, 'SELECT 1')->fetchRow()[0]; }
}

function backend_exists(Swoole\Coroutine\PostgreSQL $peer, int $pid): bool
{
    for ($i = 0; $i < 500; $i++) {   /* the backend needs a moment to exit */
        $n = pgt_q($peer, "SELECT count(*) FROM pg_stat_activity WHERE pid = $pid")->fetchRow()[0];
        if ($n === 0)
            return false;
        Co::sleep(0.01);
    }
    return true;
}

Co\run(function () {
    $peer = pgt_connect();
    var_dump(new Co\PostgreSQL instanceof Swoole\Coroutine\PostgreSQL);

    /* the statement holds the client */
    $pg = pgt_connect();
    $pid = pgt_q($pg, 'SELECT pg_backend_pid()')->fetchRow()[0];
    $st = $pg->prepare('SELECT $1::int + 1 AS v');
    unset($pg);
    var_dump($st->execute([41]), $st->fetchRow());
    unset($st);
    var_dump(backend_exists($peer, $pid));

    /* a cycle through a property of a subclass */
    $pg = new MyPg;
    var_dump($pg->connect(pgt_dsn(), 10), $pg->one());
    $pid = pgt_q($pg, 'SELECT pg_backend_pid()')->fetchRow()[0];
    $pg->keep = $pg->query('SELECT 2');
    unset($pg);
    var_dump(gc_collect_cycles() >= 2);
    var_dump(backend_exists($peer, $pid));
});
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
array(1) {
  [0]=>
  int(42)
}
bool(false)
bool(true)
int(1)
bool(true)
bool(false)
done
