--TEST--
swoole system: writeFile (truncate, FILE_APPEND, LOCK_EX) and readFile (contents, empty, binary, errors)
--FILE--
<?php
use Swoole\Coroutine\System;
$f = sys_get_temp_dir() . '/swoole_sys_rw_' . getmypid();
Co\run(function () use ($f) {
    var_dump(System::writeFile($f, "first\n"));
    var_dump(System::writeFile($f, "second\n"));          // truncates
    var_dump(System::writeFile($f, "third\n", FILE_APPEND));
    var_dump(System::writeFile($f, "fourth\n", FILE_APPEND | LOCK_EX));
    var_dump(System::readFile($f));
    var_dump(System::readFile($f, LOCK_EX) === file_get_contents($f));
    $bin = random_bytes(300000) . "\0tail";
    var_dump(Co::writeFile($f, $bin) === strlen($bin), Co::readFile($f) === $bin);
    var_dump(System::writeFile($f, ''), System::readFile($f));
    var_dump(System::readFile('/nonexistent/swoole_sys_rw'), swoole_last_error());
    var_dump(System::writeFile('/nonexistent/dir/file', 'x'), swoole_last_error());
    var_dump(System::readFile(sys_get_temp_dir()), swoole_last_error());
    try {
        System::readFile("a\0b");
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
});
@unlink($f);
?>
--EXPECTF--
int(6)
int(7)
int(6)
int(7)
string(20) "second
third
fourth
"
bool(true)
bool(true)
bool(true)
int(0)
string(0) ""

Warning: Swoole\Coroutine\System::readFile(): open(/nonexistent/swoole_sys_rw) failed: No such file or directory in %s on line %d
bool(false)
int(2)

Warning: Swoole\Coroutine\System::writeFile(): open(/nonexistent/dir/file) failed: No such file or directory in %s on line %d
bool(false)
int(2)

Warning: Swoole\Coroutine\System::readFile(): read(%s) failed: Is a directory in %s on line %d
bool(false)
int(21)
ValueError: Swoole\Coroutine\System::readFile(): Argument #1 ($filename) must not contain any null bytes
