--TEST--
swoole system: every waiting System method throws outside a coroutine
--FILE--
<?php
use Swoole\Coroutine\System;
$calls = [
    'exec' => ['true'],
    'gethostbyname' => ['localhost'],
    'getaddrinfo' => ['localhost'],
    'dnsLookup' => ['localhost'],
    'statvfs' => ['/'],
    'readFile' => [__FILE__],
    'writeFile' => ['/nonexistent/x', 'x'],
    'fread' => [STDIN],
    'fgets' => [STDIN],
    'fwrite' => [STDERR, ''],
    'wait' => [],
    'waitPid' => [1],
    'waitSignal' => [SIGUSR1],
    'waitEvent' => [STDIN],
];
foreach ($calls as $m => $args) {
    try {
        System::$m(...$args);
        echo "$m: no exception\n";
    } catch (Swoole\Error $e) {
        echo "$m: ", $e->getMessage(), "\n";
    }
}
var_dump(swoole_last_error() === SWOOLE_ERROR_CO_OUT_OF_COROUTINE);
?>
--EXPECT--
exec: API must be called in the coroutine: System::exec()
gethostbyname: API must be called in the coroutine: System::gethostbyname()
getaddrinfo: API must be called in the coroutine: System::getaddrinfo()
dnsLookup: API must be called in the coroutine: System::dnsLookup()
statvfs: API must be called in the coroutine: System::statvfs()
readFile: API must be called in the coroutine: System::readFile()
writeFile: API must be called in the coroutine: System::writeFile()
fread: API must be called in the coroutine: System::fread()
fgets: API must be called in the coroutine: System::fgets()
fwrite: API must be called in the coroutine: System::fwrite()
wait: API must be called in the coroutine: System::wait()
waitPid: API must be called in the coroutine: System::waitPid()
waitSignal: API must be called in the coroutine: System::waitSignal()
waitEvent: API must be called in the coroutine: System::waitEvent()
bool(true)
