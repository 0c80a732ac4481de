--TEST--
swoole cosocket: Socket server and client in two coroutines (bind, listen, accept, connect, send, recvLine, recvAll, peek, names, shutdown, end of stream)
--FILE--
<?php
foreach (["AF_INET" => 2, "SOCK_STREAM" => 1] as $k => $v) defined($k) || define($k, $v);
use Swoole\Coroutine\Socket;
Co\run(function () {
    $srv = new Socket(AF_INET, SOCK_STREAM, 0);
    var_dump($srv->fd > 0, $srv->domain === AF_INET, $srv->type === SOCK_STREAM, $srv->protocol);
    var_dump($srv->bind('127.0.0.1', 0), $srv->listen(8));
    $port = $srv->getsockname()['port'];
    go(function () use ($srv) {
        $c = $srv->accept();
        echo "accepted from ", $c->getpeername()['address'], "\n";
        while (($d = $c->recv()) !== '' && $d !== false) {
            $c->sendAll(strtoupper($d));
        }
        echo "server: end of stream, errCode ", $c->errCode, "\n";
        $c->close();
    });
    $cli = new Socket(AF_INET, SOCK_STREAM, 0);
    var_dump($cli->connect('localhost', $port, 1));
    var_dump($cli->getpeername() === ['address' => '127.0.0.1', 'port' => $port]);
    var_dump($cli->send("hello\nworld\n"));
    var_dump($cli->recvLine(), $cli->recvLine());
    var_dump($cli->sendAll(str_repeat('ab', 100000)));
    $all = $cli->recvAll(200000, 5);
    var_dump(strlen($all), $all === str_repeat('AB', 100000));
    $cli->send("peek");
    Co::sleep(0.05);
    var_dump($cli->peek(2), $cli->recv(), $cli->checkLiveness());
    var_dump($cli->shutdown(STREAM_SHUT_WR));
    var_dump($cli->recv(), $cli->errCode);       // the server closed after our end of stream
    var_dump($cli->checkLiveness(), $cli->isClosed());
    var_dump($cli->close(), $cli->isClosed(), $cli->fd);
    var_dump($srv->close());
});
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
accepted from 127.0.0.1
bool(true)
bool(true)
int(12)
string(6) "HELLO
"
string(6) "WORLD
"
int(200000)
int(200000)
bool(true)
string(2) "PE"
string(4) "PEEK"
bool(true)
bool(true)
server: end of stream, errCode 0
string(0) ""
int(0)
bool(false)
bool(false)
bool(true)
bool(true)
int(-1)
bool(true)
