--TEST--
swoole system: waitEvent() on streams and fds: read, write, timeout, bad arguments
--FILE--
<?php
use Swoole\Coroutine\System;
Co\run(function () {
    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    var_dump(System::waitEvent($a, SWOOLE_EVENT_READ, 0.02), swoole_last_error());
    var_dump(System::waitEvent($a, SWOOLE_EVENT_READ, 0), swoole_last_error());
    var_dump(System::waitEvent($a, SWOOLE_EVENT_WRITE) === SWOOLE_EVENT_WRITE);
    var_dump(System::waitEvent($a, SWOOLE_EVENT_READ | SWOOLE_EVENT_WRITE) === SWOOLE_EVENT_WRITE);
    go(function () use ($a, $b) {
        Co::sleep(0.02);
        // One waiter per fd: the main coroutine waits on $a now.
        var_dump(System::waitEvent($a), swoole_last_error());
        echo "writing\n";
        fwrite($b, "x");
    });
    echo "waiting\n";
    var_dump(Co::waitEvent($a) === SWOOLE_EVENT_READ, fread($a, 10));
    fclose($b);
    var_dump(System::waitEvent($a, SWOOLE_EVENT_READ, 1) === SWOOLE_EVENT_READ);
    $p = proc_open(['sh', '-c', 'sleep 0.02; echo y'], [1 => ['pipe', 'w']], $pipes);
    var_dump(System::waitEvent($pipes[1]) === SWOOLE_EVENT_READ, fgets($pipes[1]));
    proc_close($p);
    try {
        System::waitEvent($a, 0);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    var_dump(System::waitEvent([]), swoole_last_error());
    var_dump(System::waitEvent(-1), swoole_last_error());
    // A regular file cannot be polled.
    var_dump(System::waitEvent(fopen(__FILE__, 'r')), swoole_last_error());
});
?>
--EXPECTF--
bool(false)
int(10018)
bool(false)
int(10018)
bool(true)
bool(true)
waiting

Warning: Swoole\Coroutine\System::waitEvent(): fd %d is already being waited on in %s on line %d
bool(false)
int(10002)
writing
bool(true)
string(1) "x"
bool(true)
bool(true)
string(2) "y
"
Swoole\Coroutine\System::waitEvent(): Argument #2 ($events) must be SWOOLE_EVENT_READ, SWOOLE_EVENT_WRITE or both

Warning: Swoole\Coroutine\System::waitEvent(): fd argument must be either valid PHP stream or valid PHP socket resource in %s on line %d
bool(false)
int(505)

Warning: Swoole\Coroutine\System::waitEvent(): fd argument must be either valid PHP stream or valid PHP socket resource in %s on line %d
bool(false)
int(505)

Warning: Swoole\Coroutine\System::waitEvent(): epoll_ctl: Operation not permitted in %s on line %d
bool(false)
int(1)
