--TEST--
swoole event: an error handler that deletes the watcher while Event::write() or Event::del() reports a failed write does not free it under them
--FILE--
<?php
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
Swoole\Event::add($a, function ($s) {});
fclose($b);  // writes to $a now fail with EPIPE
set_error_handler(function ($no, $msg) use ($a) {
    echo "handler: ", preg_replace('/fd \d+/', 'fd N', $msg), "\n";
    var_dump(Swoole\Event::del($a));
    return true;
});
var_dump(Swoole\Event::write($a, "x"));
var_dump(Swoole\Event::isset($a));

// Event::del() flushing queued data: fill the socket buffer so data stays queued.
[$c, $d] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
Swoole\Event::add($c, function ($s) {});
$chunk = str_repeat('x', 65536);
for ($i = 0; $i < 64; $i++)
    Swoole\Event::write($c, $chunk);
fclose($d);
set_error_handler(function ($no, $msg) use ($c) {
    echo "handler: ", preg_replace('/fd \d+/', 'fd N', $msg), "\n";
    var_dump(Swoole\Event::del($c));
    return true;
});
var_dump(Swoole\Event::del($c));
var_dump(Swoole\Event::isset($c));
echo "done\n";
?>
--EXPECT--
handler: Swoole\Event::write(): write to fd N failed: Broken pipe
bool(true)
bool(false)
bool(false)
handler: Swoole\Event::del(): write to fd N failed: Broken pipe
bool(true)
bool(true)
bool(false)
done
