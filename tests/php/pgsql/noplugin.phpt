--TEST--
pgsql: without swoole.plugins[]=pgsql, Swoole\Coroutine\PostgreSQL is not there and using it names the ini line (and file) to add
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--FILE--
<?php
var_dump(class_exists('Swoole\Coroutine\PostgreSQL'), class_exists('Swoole\Coroutine\PostgreSQLStatement'),
         defined('SW_PGSQL_ASSOC'));
foreach ([fn() => new Swoole\Coroutine\PostgreSQL, fn() => new Co\PostgreSQL,
          fn() => Swoole\Coroutine\PostgreSQLStatement::class . new Swoole\Coroutine\PostgreSQLStatement] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
Error: Class "Swoole\Coroutine\PostgreSQL" is provided by the swoole plugin "pgsql", which is not enabled: add "swoole.plugins[] = pgsql" to php.ini or a conf.d file (make install puts it in conf.d/41-swoole-pgsql.ini)
Error: Class "Co\PostgreSQL" is provided by the swoole plugin "pgsql", which is not enabled: add "swoole.plugins[] = pgsql" to php.ini or a conf.d file (make install puts it in conf.d/41-swoole-pgsql.ini)
Error: Class "Swoole\Coroutine\PostgreSQLStatement" is provided by the swoole plugin "pgsql", which is not enabled: add "swoole.plugins[] = pgsql" to php.ini or a conf.d file (make install puts it in conf.d/41-swoole-pgsql.ini)
