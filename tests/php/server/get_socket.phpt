--TEST--
Swoole\Server: getSocket() — a Socket of the listening socket (ext-sockets)
--EXTENSIONS--
sockets
--FILE--
<?php
$server = new Swoole\Server('127.0.0.1', 0);
$port2 = $server->listen('127.0.0.1', 0, SWOOLE_SOCK_TCP);
$server->on('receive', function () {});
$server->on('workerStart', function ($s) use ($port2) {
    $sock = $s->getSocket();
    var_dump($sock instanceof Socket);
    socket_getsockname($sock, $addr, $port);
    var_dump($addr, $port === $s->port);
    socket_getsockname($s->getSocket($port2->port), $addr, $port);
    var_dump($port === $port2->port);
    var_dump($s->getSocket(1));
    socket_close($sock);  /* a copy: the server still listens */
    $c = stream_socket_client("tcp://127.0.0.1:{$s->port}");
    var_dump(is_resource($c));
    $s->shutdown();
});
$server->start();
?>
--EXPECTF--
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)

Warning: Swoole\Server::getSocket(): no listening port 1 in %s on line %d
bool(false)
bool(true)
