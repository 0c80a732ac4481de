<?php
/* The server of the echo benchmark (bench/echo.sh): Swoole\Server in SWOOLE_BASE mode with
 * one worker, answering every packet with itself.  php echo_server.php PORT */
$port = (int) ($argv[1] ?? 9601);
$server = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE);
$server->set(['worker_num' => 1, 'log_level' => SWOOLE_LOG_WARNING]);
$server->on('receive', static function ($server, $fd, $reactor, $data): void {
    $server->send($fd, $data);
});
$server->start();
