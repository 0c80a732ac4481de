--TEST--
Swoole\Coroutine\PostgreSQL: statements of prepare() freed inside a transaction block are deallocated after it, never in it — not lost when the transaction failed (they stayed on the server for the session's life), and never aborting the user's transaction when one is already gone (DEALLOCATE ALL)
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

function prepared(Swoole\Coroutine\PostgreSQL $pg): int
{
    return pgt_q($pg, "SELECT count(*) FROM pg_prepared_statements")->fetchRow()[0];
}

Co\run(function () {
    $pg = pgt_connect();

    // a statement that fails aborts the transaction; it is freed before the ROLLBACK
    for ($i = 0; $i < 3; $i++) {
        pgt_q($pg, 'BEGIN');
        $st = $pg->prepare('SELECT 1 / $1::int');
        var_dump($st->execute([0]), $st->resultDiag['sqlstate']);
        unset($st);
        pgt_q($pg, 'ROLLBACK');
    }
    pgt_q($pg, 'SELECT 1');
    var_dump(prepared($pg));

    // a statement the user deallocated, freed inside a live transaction
    $st = $pg->prepare('SELECT 1');
    pgt_q($pg, 'DEALLOCATE ALL');
    pgt_q($pg, 'BEGIN');
    pgt_q($pg, 'CREATE TEMP TABLE rv_dealloc (a int)');
    unset($st);
    var_dump($pg->query('INSERT INTO rv_dealloc VALUES (1)') !== false, $pg->error);
    pgt_q($pg, 'COMMIT');
    var_dump(pgt_q($pg, 'SELECT count(*) FROM rv_dealloc')->fetchRow()[0]);

    // freed outside a transaction: deallocated before the next command
    $st = $pg->prepare('SELECT 2');
    var_dump(prepared($pg));
    unset($st);
    var_dump(prepared($pg));
});
echo "done\n";
?>
--EXPECT--
bool(false)
string(5) "22012"
bool(false)
string(5) "22012"
bool(false)
string(5) "22012"
int(0)
bool(true)
NULL
int(1)
int(1)
int(0)
done
