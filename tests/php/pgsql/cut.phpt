--TEST--
Swoole\Coroutine\PostgreSQL: Co::cancel() of a coroutine waiting in a query (false, errCode 125, the connection closed, a new connect() works), of one waiting in connect(); pg_terminate_backend() of our connection while a query runs and while it is idle (false with the server's error, never a hang); statements and results of a closed connection
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

/* waits until backend $pid runs a query (so that the client really waits in it) */
function wait_active(Swoole\Coroutine\PostgreSQL $peer, int $pid): void
{
    for ($i = 0; $i < 1000; $i++) {
        $s = $peer->query("SELECT count(*) FROM pg_stat_activity WHERE pid = $pid AND state = 'active'");
        if ($s && $s->fetchRow()[0] === 1)
            return;
        Co::sleep(0.01);
    }
    echo "backend $pid never got busy\n";
}

function state(string $what, object $pg, $r): void
{
    echo "$what: ", var_export($r, true), " errCode={$pg->errCode}\n";
}

Co\run(function () {
    $peer = pgt_connect();

    /* 1. Co::cancel() while a query waits */
    $pg = pgt_connect();
    $pid = pgt_q($pg, 'SELECT pg_backend_pid()')->fetchRow()[0];
    $old = pgt_q($pg, 'SELECT 1 AS kept');
    $st = $pg->prepare('SELECT $1::int AS v');
    $cid = go(function () use ($pg) {
        $t0 = microtime(true);
        state('canceled', $pg, $pg->query('SELECT pg_sleep(5)'));
        echo $pg->error, "\n";
        echo 'at once, not after the sleep: ', var_export(microtime(true) - $t0 < 4, true), "\n";
    });
    wait_active($peer, $pid);
    var_dump(Co::cancel($cid));
    Co::sleep(0.05);
    state('after cancel', $pg, $pg->query('SELECT 1'));
    state('statement after cancel', $st, $st->execute([1]));
    var_dump($old->fetchAssoc());   /* a result outlives its connection */
    state('reconnect', $pg, $pg->connect(pgt_dsn(), 10));
    var_dump(pgt_q($pg, 'SELECT 2 AS two')->fetchAssoc());
    state('old statement, new connection', $st, $st->execute([1]));
    echo $st->error, "\n";

    /* 2. the server ends our backend while a query runs */
    $pid = pgt_q($pg, 'SELECT pg_backend_pid()')->fetchRow()[0];
    $done = false;
    go(function () use ($peer, $pid, &$done) {
        wait_active($peer, $pid);
        var_dump(pgt_q($peer, "SELECT pg_terminate_backend($pid)")->fetchRow()[0]);
        $done = true;
    });
    state('terminated', $pg, $pg->query('SELECT pg_sleep(5)'));
    echo $pg->resultDiag['sqlstate'] ?? 'no diag', ': ', trim($pg->resultDiag['message_primary'] ?? $pg->error), "\n";
    while (!$done)
        Co::sleep(0.01);
    state('after terminate', $pg, $pg->query('SELECT 1'));

    /* 3. ... while it is idle: the next command finds out */
    $pg = pgt_connect();
    $pid = pgt_q($pg, 'SELECT pg_backend_pid()')->fetchRow()[0];
    var_dump(pgt_q($peer, "SELECT pg_terminate_backend($pid)")->fetchRow()[0]);
    for ($i = 0; $i < 500; $i++) {   /* until the backend is gone */
        if (pgt_q($peer, "SELECT count(*) FROM pg_stat_activity WHERE pid = $pid")->fetchRow()[0] === 0)
            break;
        Co::sleep(0.01);
    }
    $r = $pg->query('SELECT 1');
    echo 'idle terminated: ', var_export($r, true), ' errCode in (7, 104): ',
         var_export(in_array($pg->errCode, [7, 104], true), true), "\n";
    state('after', $pg, $pg->query('SELECT 1'));
    /* connect() on a connection the server ended while idle: it notices and connects */
    state('connected', $pg, $pg->connect(pgt_dsn(), 10));
    $pid = pgt_q($pg, 'SELECT pg_backend_pid()')->fetchRow()[0];
    var_dump(pgt_q($peer, "SELECT pg_terminate_backend($pid)")->fetchRow()[0]);
    for ($i = 0; $i < 500; $i++) {
        if (pgt_q($peer, "SELECT count(*) FROM pg_stat_activity WHERE pid = $pid")->fetchRow()[0] === 0)
            break;
        Co::sleep(0.01);
    }
    state('connect again without a query between', $pg, $pg->connect(pgt_dsn(), 10));
    var_dump(pgt_q($pg, 'SELECT 5 AS five')->fetchRow());

    /* 4. Co::cancel() while connect() waits for a server that never answers */
    $silent = stream_socket_server('tcp://127.0.0.1:0');
    $name = stream_socket_get_name($silent, false);
    $port = (int)substr($name, strrpos($name, ':') + 1);
    $pg = new Swoole\Coroutine\PostgreSQL;
    $cid = go(function () use ($pg, $port) {
        state('connect canceled', $pg, $pg->connect("host=127.0.0.1 port=$port user=x", 30));
        echo $pg->error, "\n";
    });
    Co::sleep(0.1);
    var_dump(Co::cancel($cid));
    Co::sleep(0.05);
    fclose($silent);
    var_dump(pgt_q($peer, 'SELECT 9 AS nine')->fetchRow());
});
echo "done\n";
?>
--EXPECT--
canceled: false errCode=125
Operation canceled (the coroutine was canceled while it waited for the server); the connection was closed
at once, not after the sleep: true
bool(true)
after cancel: false errCode=107
statement after cancel: false errCode=107
array(1) {
  ["kept"]=>
  int(1)
}
reconnect: true errCode=0
array(1) {
  ["two"]=>
  int(2)
}
old statement, new connection: false errCode=107
the statement was prepared on a connection that was closed since
bool(true)
terminated: false errCode=7
57P01: terminating connection due to administrator command
after terminate: false errCode=107
bool(true)
idle terminated: false errCode in (7, 104): true
after: false errCode=107
connected: true errCode=0
bool(true)
connect again without a query between: true errCode=0
array(1) {
  [0]=>
  int(5)
}
connect canceled: false errCode=125
Operation canceled
bool(true)
array(1) {
  [0]=>
  int(9)
}
done
