--TEST--
Swoole\Coroutine\MySQL: query timeout (cut from the client, errno 110, connection closed), KILL from another session, close() while another coroutine waits, Co::cancel of a waiting query, a second coroutine on a busy connection, queries on closed connections
--INI--
swoole.plugins[]=mysql
--SKIPIF--
<?php require __DIR__ . '/../include/mysql.inc'; my_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';

function state(string $what, Swoole\Coroutine\MySQL $m, $r): void
{
    echo "$what: ", var_export($r, true), " errno={$m->errno} connected=",
         var_export($m->connected, true), "\n";
}

/* waits until session $id runs a statement (so that it is really inside the query) */
function wait_busy(Swoole\Coroutine\MySQL $peer, $id): void
{
    for ($i = 0; $i < 500; $i++) {
        $r = $peer->query("SELECT COUNT(*) AS n FROM information_schema.processlist
                           WHERE id = $id AND command = 'Query'");
        if ($r && $r[0]['n'] === '1')
            return;
        Co::sleep(0.01);
    }
    echo "session $id never got busy\n";
}

Co\run(function () {
    $peer = my_connect();

    /* 1. timeout: the client gives up and closes; the next query says so */
    $m = my_connect();
    $t0 = microtime(true);
    state('timeout', $m, $m->query('SELECT SLEEP(5)', 0.3));
    $dt = microtime(true) - $t0;
    echo $m->error, "\n";
    echo "returned after about 0.3 s: ", var_export($dt >= 0.29 && $dt < 4, true), "\n";
    state('after timeout', $m, $m->query('SELECT 1'));
    echo $m->error, "\n";
    /* a timeout that does not expire changes nothing */
    state('reconnect', $m, $m->connect(my_cfg()));
    var_dump($m->query('SELECT SLEEP(0.05) AS s', 5));

    /* 2. KILL from another session while the query runs */
    $id = $m->query('SELECT CONNECTION_ID() AS id')[0]['id'];
    $kill = null;
    go(function () use ($peer, $id, &$kill) {
        wait_busy($peer, $id);
        $kill = $peer->query("KILL $id");
    });
    $r = $m->query('SELECT SLEEP(5)');
    while ($kill === null)
        Co::sleep(0.01);
    var_dump($kill);
    echo "killed: ", var_export($r, true), " errno in (1927, 2013): ",
         var_export(in_array($m->errno, [1927, 2013], true), true), " connected=",
         var_export($m->connected, true), "\n";
    state('after kill', $m, $m->query('SELECT 1'));

    /* 3. close() from another coroutine while a query waits */
    $m = my_connect();
    $id = $m->query('SELECT CONNECTION_ID() AS id')[0]['id'];
    go(function () use ($m, $peer, $id) {
        wait_busy($peer, $id);
        var_dump($m->close());
    });
    $t0 = microtime(true);
    $r = $m->query('SELECT SLEEP(5)');
    echo "closed under it: ", var_export($r, true), " errno={$m->errno} connected=",
         var_export($m->connected, true), " quick: ", var_export(microtime(true) - $t0 < 4, true), "\n";
    var_dump($m->close());

    /* 4. Co::cancel() of a coroutine waiting in a query */
    $m = my_connect();
    $cid = go(function () use ($m) {
        state('canceled', $m, $m->query('SELECT SLEEP(5)'));
        echo $m->error, "\n";
    });
    Co::sleep(0.2);
    var_dump(Co::cancel($cid));
    Co::sleep(0.1);

    /* 5. two coroutines on one connection: the second is refused, the first is fine */
    $m = my_connect();
    $wg = new Swoole\Coroutine\WaitGroup;
    $wg->add();
    go(function () use ($m, $wg) {
        var_dump($m->query('SELECT SLEEP(0.3) AS s'));
        $wg->done();
    });
    state('busy', $m, $m->query('SELECT 1'));
    echo preg_replace('/#\d+/', '#N', $m->error), "\n";
    state('busy prepare', $m, $m->prepare('SELECT 1'));
    state('busy connect', $m, $m->connect(my_cfg()));
    echo $m->connect_error === '' ? '' : preg_replace('/#\d+/', '#N', $m->connect_error), "\n";
    $wg->wait();
    var_dump($m->query('SELECT 2 AS two'));

    /* 6. never connected, closed */
    $n = new Swoole\Coroutine\MySQL;
    state('never connected', $n, $n->query('SELECT 1'));
    echo $n->error, "\n";
    var_dump($n->escape('x'), $n->fetch(), $n->fetchAll(), $n->nextResult(), $n->close());
    $m->close();
    state('closed', $m, $m->query('SELECT 1'));
    state('closed begin', $m, $m->begin());
    state('closed prepare', $m, $m->prepare('SELECT 1'));
});
echo "done\n";
?>
--EXPECT--
timeout: false errno=110 connected=false
Connection timed out (the command took longer than its timeout)
returned after about 0.3 s: true
after timeout: false errno=2006 connected=false
MySQL server has gone away (not connected)
reconnect: true errno=0 connected=true
array(1) {
  [0]=>
  array(1) {
    ["s"]=>
    string(1) "0"
  }
}
bool(true)
killed: false errno in (1927, 2013): true connected=false
after kill: false errno=2006 connected=false
bool(true)
closed under it: false errno=2013 connected=false quick: true
bool(false)
canceled: false errno=125 connected=false
Operation canceled (the coroutine was canceled)
bool(true)
busy: false errno=10002 connected=true
MySQL client is busy: coroutine #N is using this connection; a connection runs one command at a time (use one client per coroutine)
busy prepare: false errno=10002 connected=true
busy connect: false errno=10002 connected=true
MySQL client is busy: coroutine #N is using this connection
array(1) {
  [0]=>
  array(1) {
    ["s"]=>
    string(1) "0"
  }
}
array(1) {
  [0]=>
  array(1) {
    ["two"]=>
    string(1) "2"
  }
}
never connected: false errno=2006 connected=false
MySQL server has gone away (not connected)
bool(false)
NULL
bool(false)
bool(false)
bool(false)
closed: false errno=2006 connected=false
closed begin: false errno=2006 connected=false
closed prepare: false errno=2006 connected=false
done
