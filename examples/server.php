<?php
/* A TCP echo server in SWOOLE_BASE mode (seed 003 §1.3.1):
 *   php -d extension=php/.libs/swoole.so examples/server.php
 * then, from another terminal: nc 127.0.0.1 9501  (Ctrl-C stops the server) */
$port = (int) (getenv('PORT') ?: 9501);
$server = new Swoole\Server('127.0.0.1', $port);
$server->set(['worker_num' => 1]);
$server->on('Start', function (Swoole\Server $server) use ($port) {
    echo "echo server listening on 127.0.0.1:$port (try: nc 127.0.0.1 $port)\n";
});
$server->on('Connect', function (Swoole\Server $server, int $fd) {
    echo "client #$fd connected\n";
});
$server->on('Receive', function (Swoole\Server $server, int $fd, int $reactor_id, string $data) {
    $server->send($fd, "Server: $data");
});
$server->on('Close', function (Swoole\Server $server, int $fd) {
    echo "client #$fd closed\n";
});
$server->start();
