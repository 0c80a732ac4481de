--TEST--
swoole cosocket: Co::cancel($cid, true) ends Socket::recv and Client::recv with CanceledException; the socket stays usable
--FILE--
<?php
use Swoole\Coroutine\Socket;
Co\run(function () {
    $srv = new Socket(2, 1, 0);
    $srv->bind('127.0.0.1', 0);
    $srv->listen();
    $port = $srv->getsockname()['port'];
    $a = new Socket(2, 1, 0);
    $a->connect('127.0.0.1', $port);
    $b = $srv->accept();
    $cid = go(function () use ($a) {
        try {
            $a->recv();
            echo "not reached\n";
        } catch (Swoole\Coroutine\CanceledException $e) {
            echo get_class($e), "\n";
        }
    });
    var_dump(Co::cancel($cid, true));
    $c = new Swoole\Coroutine\Client(SWOOLE_SOCK_TCP);
    $c->connect('127.0.0.1', $port);
    $cid = go(function () use ($c) {
        try {
            $c->recv();
        } catch (Swoole\Coroutine\CanceledException $e) {
            echo "client: ", get_class($e), "\n";
        }
    });
    var_dump(Co::cancel($cid, true));
    $b->send("still works");
    var_dump($a->recv(100, 1));
});
?>
--EXPECT--
Swoole\Coroutine\CanceledException
bool(true)
client: Swoole\Coroutine\CanceledException
bool(true)
string(11) "still works"
