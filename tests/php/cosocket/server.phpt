--TEST--
swoole cosocket: Coroutine\Server with Coroutine\Client: a handler coroutine per connection, length framing on both sides, exportSocket, Connection::close, shutdown ends start()
--FILE--
<?php
use Swoole\Coroutine\Server;
use Swoole\Coroutine\Server\Connection;
use Swoole\Coroutine\Client;

$framing = ['open_length_check' => true, 'package_length_type' => 'N',
            'package_length_offset' => 0, 'package_body_offset' => 4];
Co\run(function () use ($framing) {
    $server = new Server('127.0.0.1', 0);
    var_dump($server->port > 0, $server->fd > 0, $server->running);
    $server->set($framing);
    $server->handle(function (Connection $conn) use ($server) {
        while (true) {
            $pkt = $conn->recv(5);
            if ($pkt === '' || $pkt === false) {
                echo "handler: connection over\n";
                return;
            }
            $body = substr($pkt, 4);
            if ($body === 'bye') {
                $conn->close();
                continue;
            }
            if ($body === 'shutdown') {
                var_dump($server->shutdown());
                return;
            }
            $sock = $conn->exportSocket();
            $reply = strtoupper($body) . '@' . Co::getCid();
            $sock->sendAll(pack('N', strlen($reply)) . $reply);
        }
    });
    $done = new Swoole\Coroutine\Channel(2);
    foreach (['one', 'two'] as $name) {
        go(function () use ($server, $framing, $name, $done) {
            $c = new Client(SWOOLE_SOCK_TCP);
            $c->set($framing);
            if (!$c->connect('127.0.0.1', $server->port, 2)) {
                echo "connect failed: ", $c->errMsg, "\n";
            }
            $c->send(pack('N', strlen($name)) . $name);
            $r = $c->recv(2);
            [$word, $cid] = explode('@', substr($r, 4));
            echo "$name got $word from a handler coroutine: ", var_export($cid != Co::getCid(), true), "\n";
            $c->send(pack('N', 3) . 'bye');
            var_dump($c->recv(2), $c->errCode);
            $done->push(true);
        });
    }
    go(function () use ($server, $done) {
        $done->pop(); $done->pop();
        $c = new Client(SWOOLE_SOCK_TCP);
        $c->connect('127.0.0.1', $server->port, 2);
        $c->send(pack('N', 8) . 'shutdown');
        Co::sleep(0.05);
        $c2 = new Client(SWOOLE_SOCK_TCP);
        var_dump($c2->connect('127.0.0.1', $server->port, 1), $c2->errCode);
    });
    var_dump($server->start());
    echo "start() returned\n";
    var_dump($server->running, $server->shutdown());
});
try {
    new Server('256.1.1.1', 80);
} catch (Swoole\Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$s = new Server('127.0.0.1', 0);
try {
    $s->start();
} catch (Swoole\Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
bool(true)
bool(false)
one got ONE from a handler coroutine: true
two got TWO from a handler coroutine: true
handler: connection over
handler: connection over
string(0) ""
int(0)
string(0) ""
int(0)
bool(true)
start() returned
bool(false)
bool(false)
bool(true)
bool(false)
int(111)
Swoole\Exception: bind(256.1.1.1:80) failed: bind: bad address "256.1.1.1"
API must be called in the coroutine: Server::start()