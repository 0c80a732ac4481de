--TEST--
Swoole\Coroutine\MySQL: the server closes an idle connection (wait_timeout): the next query fails with 2006, the client is disconnected, no SIGPIPE; connect() brings it back
--INI--
swoole.plugins[]=mysql
--SKIPIF--
<?php require __DIR__ . '/../include/mysql.inc'; my_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';
Co\run(function () {
    $m = my_connect();
    var_dump($m->query('SET SESSION wait_timeout = 1'));
    Co::sleep(2.5);
    var_dump($m->query('SELECT 1'), $m->errno, $m->connected, $m->sock);
    var_dump($m->query('SELECT 1'), $m->errno);
    var_dump($m->connect(my_cfg()), $m->query('SELECT 1 AS one'));
});
?>
--EXPECT--
bool(true)
bool(false)
int(2006)
bool(false)
int(-1)
bool(false)
int(2006)
bool(true)
array(1) {
  [0]=>
  array(1) {
    ["one"]=>
    string(1) "1"
  }
}
