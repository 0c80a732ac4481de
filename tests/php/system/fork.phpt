--TEST--
swoole system: a forked child gets its own worker pool (its jobs complete; the parent's still do)
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl is needed'); ?>
--FILE--
<?php
use Swoole\Coroutine\System;
Co\run(function () { var_dump(System::readFile(__FILE__) === file_get_contents(__FILE__)); });
$pid = pcntl_fork();
if ($pid == 0) {
    Co\run(function () {
        echo "child: ", System::gethostbyname('localhost'), "\n";
        echo "child: ", System::exec('echo exec')['output'];
    });
    exit(0);
}
pcntl_waitpid($pid, $st);
var_dump(pcntl_wexitstatus($st));
Co\run(function () { echo "parent: ", System::gethostbyname('localhost'), "\n"; });
?>
--EXPECT--
bool(true)
child: 127.0.0.1
child: exec
int(0)
parent: 127.0.0.1
