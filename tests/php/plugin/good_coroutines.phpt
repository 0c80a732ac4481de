--TEST--
plugin: services from C: coroutines, sleep, wait_fd with timeout, go(), timers, defer
--INI--
swoole.plugins[]=good
--FILE--
<?php
// The SDK's SW_SDK_EV_* bits (not PHP's SWOOLE_EVENT_*, which keep Swoole's values).
const SDK_EV_READ = 1, SDK_EV_WRITE = 2;
try {
    Swoole\Test\Good::waitFd(STDIN, SDK_EV_READ, 0.1);
} catch (Swoole\Error $e) {
    echo $e->getMessage(), "\n";
}
$g = new Swoole\Test\Good(5);
Co\run(function () use ($g) {
    $cid = $g->nativeCoroutine(10);
    echo "native coroutine ", $cid > Co::getCid() ? "created" : "?", ", value ", $g->get(), "\n";
    Co::sleep(0.1);
    echo "after it ran: ", $g->get(), "\n";
    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    echo "timeout: ", Swoole\Test\Good::waitFd($a, SDK_EV_READ, 0.02), "\n";
    go(function () use ($b) { Co::sleep(0.01); fwrite($b, "x"); });
    echo "readable: ", Swoole\Test\Good::waitFd($a, SDK_EV_READ, 5), "\n";
    echo "writable: ", Swoole\Test\Good::waitFd($a, SDK_EV_WRITE, -1), "\n";
    Swoole\Test\Good::go(function ($x = 'no args') { echo "in go: ", Co::getCid() > 1 ? "coroutine" : "?", ", $x\n"; });
    Swoole\Test\Good::after(20, function () { echo "timer\n"; });
    Swoole\Test\Good::defer(function () { echo "defer\n"; });
    echo "before sleep\n";
    Co::sleep(0.1);
    echo "end\n";
});
?>
--EXPECT--
API must be called in the coroutine: Good::waitFd()
native coroutine created, value 5
after it ran: 1005
timeout: -10018
readable: 1
writable: 2
in go: coroutine, no args
before sleep
defer
timer
end
