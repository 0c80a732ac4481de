--TEST--
Swoole\Coroutine\MySQL::connect() over a Unix socket: host "unix:/path" and "unix:///path"; a missing socket fails cleanly
--INI--
swoole.plugins[]=mysql
--SKIPIF--
<?php
require __DIR__ . '/../include/mysql.inc';
my_skipif();
if (!getenv('SW_TEST_MYSQL_SOCKET') && getenv('SW_TEST_MYSQL_REQUIRED') !== '1')
    die('skip SW_TEST_MYSQL_SOCKET is not set');
?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';
Co\run(function () {
    $sock = getenv('SW_TEST_MYSQL_SOCKET');
    foreach (["unix:$sock", "unix://$sock"] as $host) {
        $m = new Swoole\Coroutine\MySQL;
        var_dump($m->connect(['host' => $host] + my_cfg()), $m->connect_error);
        /* the server sees a socket client: no host part, "localhost" */
        var_dump($m->query("SELECT SUBSTRING_INDEX(USER(), '@', -1) AS h")[0]['h']);
        var_dump($m->query('SELECT 40 + 2 AS x')[0]['x']);
    }
    $m = new Swoole\Coroutine\MySQL;
    var_dump($m->connect(['host' => 'unix:/nonexistent/mysqld.sock'] + my_cfg()), $m->connect_errno,
             $m->connected);
});
?>
--EXPECT--
bool(true)
string(0) ""
string(9) "localhost"
string(2) "42"
bool(true)
string(0) ""
string(9) "localhost"
string(2) "42"
bool(false)
int(2002)
bool(false)
