--TEST--
Swoole\Coroutine\MySQL::connect(): properties after success; wrong password, unknown database, refused port, no greeting (timeout), bad charset, no host give false and the error properties; connect twice replaces the connection; charset; type errors; outside a coroutine
--INI--
swoole.plugins[]=mysql
--SKIPIF--
<?php require __DIR__ . '/../include/mysql.inc'; my_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';

function show(string $what, Swoole\Coroutine\MySQL $m, $r): void
{
    echo "$what: ", var_export($r, true), " connected=", var_export($m->connected, true),
         " connect_errno={$m->connect_errno} errno={$m->errno}\n";
}

Co\run(function () {
    $cfg = my_cfg();
    $m = new Swoole\Coroutine\MySQL;
    var_dump($m->connected, $m->connect_errno, $m->connect_error, $m->sock, $m->serverInfo);
    show('ok', $m, $m->connect($cfg));
    var_dump($m->connect_error, is_int($m->sock) && $m->sock > 0, $m->serverInfo === $cfg);
    $id1 = $m->query('SELECT CONNECTION_ID() AS id')[0]['id'];

    /* connect again: a new session, the old one is closed */
    show('again', $m, $m->connect($cfg));
    $id2 = $m->query('SELECT CONNECTION_ID() AS id')[0]['id'];
    var_dump($id1 !== $id2);
    $gone = true;
    for ($i = 0; $i < 100; $i++) {   /* the server notices the old one's COM_QUIT soon */
        $left = $m->query("SELECT COUNT(*) AS n FROM information_schema.processlist WHERE id = $id1");
        if ($left[0]['n'] === '0')
            break;
        Co::sleep(0.02);
    }
    echo "old session gone: ", var_export($left[0]['n'] === '0', true), "\n";

    $bad = new Swoole\Coroutine\MySQL;
    show('wrong password', $bad, $bad->connect(['password' => 'wrong'] + $cfg));
    echo $bad->connect_error, "\n";
    show('unknown database', $bad, $bad->connect(['database' => 'swoole_test_nope'] + $cfg));
    echo $bad->connect_error, "\n";

    /* a port nobody listens on */
    $probe = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int)substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
    fclose($probe);
    show('refused', $bad, $bad->connect(['port' => $port] + $cfg));
    echo preg_replace('/\(\d+\)$/', '(N)', $bad->connect_error), "\n";

    /* a server that accepts (the kernel's backlog) but never sends the greeting */
    $mute = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int)substr(strrchr(stream_socket_get_name($mute, false), ':'), 1);
    $t0 = microtime(true);
    show('no greeting', $bad, $bad->connect(['port' => $port, 'timeout' => 0.3] + $cfg));
    $dt = microtime(true) - $t0;
    echo $bad->connect_error, "\n";
    echo "waited about the timeout: ", var_export($dt > 0.25 && $dt < 5, true), "\n";
    fclose($mute);

    show('bad charset', $bad, $bad->connect(['charset' => 'no-such-charset'] + $cfg));
    show('no host', $bad, $bad->connect(['host' => ''] + $cfg));
    echo $bad->connect_error, "\n";
    show('empty array', $bad, $bad->connect());
    /* a failed client still works once given good parameters */
    show('then good', $bad, $bad->connect($cfg));

    $l1 = new Swoole\Coroutine\MySQL;
    $l1->connect(['charset' => 'latin1'] + $cfg);
    var_dump($l1->query('SELECT @@character_set_client AS cs')[0]['cs']);
    var_dump($m->query('SELECT @@character_set_client AS cs')[0]['cs']);   /* default */

    /* "localhost" is 127.0.0.1 over TCP (not the library's default socket) */
    $lh = new Swoole\Coroutine\MySQL;
    show('localhost', $lh, $lh->connect(['host' => 'localhost'] + $cfg));

    foreach ([fn() => $m->connect('host'), fn() => $m->query(), fn() => $m->query([]),
              fn() => $m->query('SELECT 1', 'soon'), fn() => $m->escape()] as $f) {
        try {
            $f();
            echo "no error\n";
        } catch (Throwable $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
    var_dump($m->close(), $m->connected, $m->sock, $m->close());
});

/* outside a coroutine */
$m = new Swoole\Coroutine\MySQL;
foreach ([fn() => $m->connect(my_cfg()), fn() => $m->query('SELECT 1')] as $f) {
    try {
        $f();
    } catch (Swoole\Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump($m->errno);
echo "done\n";
?>
--EXPECTF--
bool(false)
int(0)
string(0) ""
int(-1)
array(0) {
}
ok: true connected=true connect_errno=0 errno=0
string(0) ""
bool(true)
bool(true)
again: true connected=true connect_errno=0 errno=0
bool(true)
old session gone: true
wrong password: false connected=false connect_errno=1045 errno=1045
Access denied for user '%s'@'%s' (using password: YES)
unknown database: false connected=false connect_errno=1049 errno=1049
Unknown database 'swoole_test_nope'
refused: false connected=false connect_errno=2002 errno=2002
Can't connect to server on '127.0.0.1' (N)
no greeting: false connected=false connect_errno=110 errno=110
Connection timed out (connect timeout)
waited about the timeout: true
bad charset: false connected=false connect_errno=2019 errno=2019
no host: false connected=false connect_errno=22 errno=22
connect() needs a 'host' (an address, a name or unix:/path)
empty array: false connected=false connect_errno=22 errno=22
then good: true connected=true connect_errno=0 errno=0
string(6) "latin1"
string(7) "utf8mb4"
localhost: true connected=true connect_errno=0 errno=0
TypeError: Swoole\Coroutine\MySQL::connect(): Argument #1 ($server_config) must be of type array, string given
ArgumentCountError: Swoole\Coroutine\MySQL::query() expects at least 1 argument, 0 given
TypeError: Swoole\Coroutine\MySQL::query(): Argument #1 ($sql) must be of type string, array given
TypeError: Swoole\Coroutine\MySQL::query(): Argument #2 ($timeout) must be of type float, string given
ArgumentCountError: Swoole\Coroutine\MySQL::escape() expects at least 1 argument, 0 given
bool(true)
bool(false)
int(-1)
bool(false)
Swoole\Error: API must be called in the coroutine: Swoole\Coroutine\MySQL::connect
Swoole\Error: API must be called in the coroutine: Swoole\Coroutine\MySQL
int(0)
done
