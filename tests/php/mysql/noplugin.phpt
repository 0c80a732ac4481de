--TEST--
mysql: without swoole.plugins[]=mysql, Swoole\Coroutine\MySQL is not there and using it names the ini line (and file) to add
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--FILE--
<?php
var_dump(class_exists('Swoole\Coroutine\MySQL'), class_exists('Swoole\Coroutine\MySQL\Statement'));
foreach ([fn() => new Swoole\Coroutine\MySQL, fn() => new Co\MySQL,
          fn() => Swoole\Coroutine\MySQL\Statement::class . new Swoole\Coroutine\MySQL\Statement] as $f) {
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
Error: Class "Swoole\Coroutine\MySQL" is provided by the swoole plugin "mysql", which is not enabled: add "swoole.plugins[] = mysql" to php.ini or a conf.d file (make install puts it in conf.d/40-swoole-mysql.ini)
Error: Class "Co\MySQL" is provided by the swoole plugin "mysql", which is not enabled: add "swoole.plugins[] = mysql" to php.ini or a conf.d file (make install puts it in conf.d/40-swoole-mysql.ini)
Error: Class "Swoole\Coroutine\MySQL\Statement" is provided by the swoole plugin "mysql", which is not enabled: add "swoole.plugins[] = mysql" to php.ini or a conf.d file (make install puts it in conf.d/40-swoole-mysql.ini)
