--TEST--
Swoole\Coroutine\PostgreSQL::connect: success (key=value, Swoole's ';' form, URI, Unix socket, a host name resolved off the loop), wrong password, refused port, timeout against a listener that never answers, bad conninfo, connecting twice, outside a coroutine, wrong argument types
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

function show(string $what, Swoole\Coroutine\PostgreSQL $pg, $r): void
{
    echo "$what: ", var_export($r, true), " errCode={$pg->errCode}\n";
}

try {
    (new Swoole\Coroutine\PostgreSQL)->connect(pgt_dsn());
} catch (Swoole\Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

Co\run(function () {
    $e = pgt_need_env();
    $pg = new Swoole\Coroutine\PostgreSQL;
    var_dump($pg->error, $pg->errCode, $pg->resultStatus, $pg->resultDiag, $pg->notices);
    show('ok', $pg, $pg->connect(pgt_dsn(), 10));
    var_dump($pg->error);
    echo pgt_q($pg, 'SELECT current_user AS u, current_database() AS d')->fetchRow()[0], "\n";
    $old = pgt_q($pg, 'SELECT pg_backend_pid() AS pid');
    $st = $pg->prepare('SELECT 1 AS one');
    show('again: a new connection', $pg, $pg->connect(pgt_dsn(), 10));
    var_dump($pg->error, pgt_q($pg, 'SELECT pg_backend_pid() AS pid')->fetchRow()[0] !== $old->fetchRow()[0]);
    var_dump($st->execute(), $st->errCode, pgt_q($pg, 'SELECT 1 AS one')->fetchAssoc());

    /* Swoole's documented form: ';' between the pairs */
    $pg = new Swoole\Coroutine\PostgreSQL;
    show('semicolons', $pg, $pg->connect(str_replace(' ', ';', pgt_dsn()), 10));
    /* a URI, and a password with spaces and a ';' inside quotes is not split */
    $pg = new Swoole\Coroutine\PostgreSQL;
    $uri = sprintf('postgresql://%s:%s@%s:%d/%s', $e['user'], $e['password'], $e['host'], $e['port'], $e['db']);
    show('uri', $pg, $pg->connect($uri, 10));
    $pg = new Swoole\Coroutine\PostgreSQL;
    show('quoted ; in a wrong password', $pg, $pg->connect(pgt_dsn("password='a;b c'"), 10));
    echo str_contains($pg->error, 'password authentication failed') ? "auth error\n" : $pg->error;

    /* the Unix socket */
    $pg = new Swoole\Coroutine\PostgreSQL;
    show('unix socket', $pg, $pg->connect("host={$e['socket_dir']} port={$e['port']} dbname={$e['db']} user={$e['user']} password={$e['password']}", 10));
    echo pgt_q($pg, "SELECT coalesce(inet_client_addr()::text, 'local') AS a")->fetchRow()[0], "\n";

    /* a host name: resolved by the core's resolver, then libpq gets the address */
    $pg = new Swoole\Coroutine\PostgreSQL;
    show('localhost', $pg, $pg->connect(str_replace("host={$e['host']}", 'host=localhost', pgt_dsn()), 10));
    $pg = new Swoole\Coroutine\PostgreSQL;
    show('unknown host', $pg, $pg->connect('host=no-such-host.invalid port=5432 user=x', 5));
    echo $pg->error, "\n";
    /* in a list of hosts, one that does not resolve is left out (ports cut alike) */
    $pg = new Swoole\Coroutine\PostgreSQL;
    show('host list', $pg, $pg->connect(str_replace(["host={$e['host']}", "port={$e['port']}"],
        ["host=no-such-host.invalid,localhost", "port=1,{$e['port']}"], pgt_dsn()), 10));
    echo pgt_q($pg, 'SELECT 3')->fetchRow()[0], "\n";
    show('all unknown', $pg, $pg->connect('host=a.invalid,b.invalid user=x', 5));
    echo $pg->error, "\n";

    /* wrong password */
    $pg = new Swoole\Coroutine\PostgreSQL;
    show('wrong password', $pg, $pg->connect(pgt_dsn('password=wrong'), 10));
    echo str_contains($pg->error, 'password authentication failed for user') ? "auth error\n" : $pg->error;
    show('query after failed connect', $pg, $pg->query('SELECT 1'));

    /* a port nobody listens on */
    $srv = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int)substr(stream_socket_get_name($srv, false), strrpos(stream_socket_get_name($srv, false), ':') + 1);
    fclose($srv);
    $pg = new Swoole\Coroutine\PostgreSQL;
    show('refused', $pg, $pg->connect("host=127.0.0.1 port=$port user=x dbname=y", 5));
    echo str_contains($pg->error, 'Connection refused') ? "refused\n" : $pg->error;

    /* a listener that accepts (in the kernel) and never answers: the timeout ends it */
    $silent = stream_socket_server('tcp://127.0.0.1:0');
    $name = stream_socket_get_name($silent, false);
    $port = (int)substr($name, strrpos($name, ':') + 1);
    $pg = new Swoole\Coroutine\PostgreSQL;
    $ticks = 0;
    $tick = Swoole\Timer::tick(50, function () use (&$ticks) { $ticks++; });
    $t0 = microtime(true);
    show('silent', $pg, $pg->connect("host=127.0.0.1 port=$port user=x dbname=y", 0.5));
    $dt = microtime(true) - $t0;
    Swoole\Timer::clear($tick);
    echo $pg->error, "\n";
    echo 'not before the timeout: ', var_export($dt >= 0.45, true), "\n";
    echo 'the loop ran meanwhile: ', var_export($ticks >= 3, true), "\n";
    fclose($silent);

    /* a string libpq cannot parse */
    $pg = new Swoole\Coroutine\PostgreSQL;
    show('bad conninfo', $pg, $pg->connect('host=127.0.0.1 nonsense'));
    echo trim($pg->error), "\n";
    show('unknown keyword', $pg, $pg->connect('hots=127.0.0.1'));
    echo trim($pg->error), "\n";

    /* wrong types */
    foreach ([fn() => $pg->connect([]), fn() => $pg->connect('x', 'y'),
              fn() => $pg->connect("host=a\0b")] as $f) {
        try {
            $f();
        } catch (Throwable $t) {
            echo get_class($t), ': ', $t->getMessage(), "\n";
        }
    }
});
echo "done\n";
?>
--EXPECT--
Swoole\Error: API must be called in the coroutine: Swoole\Coroutine\PostgreSQL::connect
NULL
int(0)
int(0)
NULL
NULL
ok: true errCode=0
NULL
swoole
again: a new connection: true errCode=0
NULL
bool(true)
bool(false)
int(107)
array(1) {
  ["one"]=>
  int(1)
}
semicolons: true errCode=0
uri: true errCode=0
quoted ; in a wrong password: false errCode=111
auth error
unix socket: true errCode=0
local
localhost: true errCode=0
unknown host: false errCode=111
could not translate host name "no-such-host.invalid" to address
host list: true errCode=0
3
all unknown: false errCode=111
could not translate host name "a.invalid" to address
wrong password: false errCode=111
auth error
query after failed connect: false errCode=107
refused: false errCode=111
refused
silent: false errCode=110
Connection timed out (connect timeout)
not before the timeout: true
the loop ran meanwhile: true
bad conninfo: false errCode=22
missing "=" after "nonsense" in connection info string
unknown keyword: false errCode=22
invalid connection option "hots"
TypeError: Swoole\Coroutine\PostgreSQL::connect(): Argument #1 ($conninfo) must be of type string, array given
TypeError: Swoole\Coroutine\PostgreSQL::connect(): Argument #2 ($timeout) must be of type float, string given
ValueError: Swoole\Coroutine\PostgreSQL::connect(): Argument #1 ($conninfo) must not contain any null bytes
done
