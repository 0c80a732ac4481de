--TEST--
swoole event: Event::write() queues what the peer cannot take yet and flushes it in order; the write callback and set()
--FILE--
<?php
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$payload = '';
for ($i = 0; $i < 40000; $i++) $payload .= sprintf("%07d\n", $i);   // 320 KB, more than a socket buffer
$received = '';
Swoole\Event::add($b, function ($s) use (&$received, $payload, $a) {
    $chunk = fread($s, 65536);
    $received .= $chunk;
    if (strlen($received) === strlen($payload) * 2) {
        var_dump($received === $payload . $payload);
        Swoole\Event::del($s);
        Swoole\Event::del($a);
    }
});
Swoole\Event::add($a, null, function ($s) {
    echo "writable once\n";
    Swoole\Event::set($s, function () {}, null, SWOOLE_EVENT_READ);
}, SWOOLE_EVENT_WRITE);
var_dump(Swoole\Event::write($a, $payload), swoole_event_write($a, $payload));
var_dump(swoole_event_set($a, null, null, SWOOLE_EVENT_READ | SWOOLE_EVENT_WRITE));
Swoole\Event::wait();
echo "done\n";
?>
--EXPECTF--
bool(true)
bool(true)

Warning: swoole_event_set(): swoole_event_set: unable to find read callback of fd [%d] in %s on line %d
bool(false)
writable once
bool(true)
done
