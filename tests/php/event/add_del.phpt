--TEST--
swoole event: add a stream with a read callback (run in a coroutine, given the stream), isset, del; the loop ends when nothing is watched
--FILE--
<?php
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$fd = Swoole\Event::add($a, function ($stream) use ($a) {
    var_dump($stream === $a, Co::getCid() > 0);
    $data = fread($stream, 100);
    if ($data === '') {
        echo "peer closed\n";
        var_dump(Swoole\Event::del($stream), Swoole\Event::isset($stream));
        return;
    }
    echo "read: $data\n";
});
var_dump(is_int($fd) && $fd > 2);
var_dump(Swoole\Event::isset($a), Swoole\Event::isset($a, SWOOLE_EVENT_READ), swoole_event_isset($a, SWOOLE_EVENT_WRITE));
fwrite($b, "hello");
Swoole\Timer::after(20, function () use ($b) { fclose($b); });
Swoole\Event::wait();
echo "loop ended\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
read: hello
bool(true)
bool(true)
peer closed
bool(true)
bool(false)
loop ended
