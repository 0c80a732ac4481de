--TEST--
swoole event: an ext/sockets Socket and a raw fd number can be watched
--SKIPIF--
<?php if (!extension_loaded('sockets') && !@dl('sockets.so')) die('skip ext/sockets not available'); ?>
--FILE--
<?php
if (!extension_loaded('sockets')) dl('sockets.so');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$s1, $s2] = $pair;
Swoole\Event::add($s1, function ($sock) use ($s1) {
    var_dump($sock === $s1);
    echo socket_read($sock, 100), "\n";
    Swoole\Event::del($sock);
});
socket_write($s2, "via ext/sockets");
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$fd = Swoole\Event::add($a, fn() => 1);
Swoole\Event::del($a);
var_dump(Swoole\Event::add($fd, function ($n) use ($fd, $a) { var_dump($n === $fd); echo fread($a, 10), "\n"; Swoole\Event::del($n); }) === $fd);
fwrite($b, "raw fd");
Swoole\Event::wait();
?>
--EXPECT--
bool(true)
bool(true)
via ext/sockets
bool(true)
raw fd
