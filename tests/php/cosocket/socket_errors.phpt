--TEST--
swoole cosocket: Socket error paths: refused, timeout, DNS failure, a second reader, Co::cancel, cancel(), close while another coroutine waits, a closed socket, outside a coroutine
--FILE--
<?php
foreach (["AF_INET" => 2, "SOCK_STREAM" => 1] as $k => $v) defined($k) || define($k, $v);
use Swoole\Coroutine\Socket;

function pair(): array {
    $srv = new Socket(AF_INET, SOCK_STREAM, 0);
    $srv->bind('127.0.0.1', 0);
    $srv->listen();
    $cli = new Socket(AF_INET, SOCK_STREAM, 0);
    $cli->connect('127.0.0.1', $srv->getsockname()['port']);
    return [$cli, $srv->accept(), $srv];
}

$s = new Socket(AF_INET, SOCK_STREAM, 0);
try {
    $s->recv();
} catch (Swoole\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

Co\run(function () {
    // refused: bind a port, close it, connect to it
    $tmp = new Socket(AF_INET, SOCK_STREAM, 0);
    $tmp->bind('127.0.0.1', 0);
    $port = $tmp->getsockname()['port'];
    $tmp->close();
    $s = new Socket(AF_INET, SOCK_STREAM, 0);
    var_dump($s->connect('127.0.0.1', $port, 1), $s->errCode === 111, $s->errMsg);
    var_dump(swoole_last_error() === 111);

    $s = new Socket(AF_INET, SOCK_STREAM, 0);
    var_dump($s->connect('nonexistent.invalid', 80, 5), $s->errCode, str_starts_with($s->errMsg, 'cannot resolve nonexistent.invalid'));
    var_dump($s->connect('127.0.0.1', 0), $s->errCode, $s->errMsg);

    [$a, $b, $srv] = pair();
    $t = microtime(true);
    var_dump($a->recv(100, 0.1), $a->errCode === 110, $a->errMsg, microtime(true) - $t >= 0.09);
    var_dump($b->accept(0.01) ?? null, $b->errCode);   // accept on a connected socket: EINVAL

    // a second reader gets an error at once; a writer may wait beside the reader
    $reader = go(function () use ($a) {
        $r = $a->recv();
        echo "first reader: ", var_export($r, true), " errCode ", $a->errCode, "\n";
    });
    var_dump($a->getBoundCid(SWOOLE_EVENT_READ) === $reader, $a->getBoundCid(SWOOLE_EVENT_WRITE));
    var_dump($a->recv(), $a->errCode === SWOOLE_ERROR_CO_HAS_BEEN_BOUND);
    echo $a->errMsg, "\n";
    var_dump($a->send("ok"));
    // Co::cancel ends the wait with ECANCELED
    var_dump(Co::cancel($reader));
    var_dump($a->errCode === 125, $a->errMsg);

    // Socket::cancel() does the same for the reader of that socket
    go(function () use ($a) {
        var_dump($a->recv(), $a->errCode === 125);
    });
    var_dump($a->cancel(), $a->cancel());

    // close while another coroutine waits: the waiter gets EBADF, later calls too
    go(function () use ($b) {
        var_dump($b->recv(2), $b->recv(10, 1), $b->errCode === 9);
    });
    var_dump($b->close(), $b->isClosed());
    var_dump($b->send("x"), $b->errCode === 9, $b->close(), $b->getsockname());
    $a->close();
    $srv->close();

    // the peer closes in the middle of recvAll: the bytes so far, errCode 0
    [$a, $b, $srv] = pair();
    go(function () use ($b) { $b->send("abc"); Co::sleep(0.02); $b->close(); });
    var_dump($a->recvAll(10, 2), $a->errCode);
    var_dump($a->recv(), $a->errCode);
    $srv->close();
});
?>
--EXPECTF--
Swoole\Error: API must be called in the coroutine: Socket::recv()
bool(false)
bool(true)
string(18) "Connection refused"
bool(true)
bool(false)
int(711)
bool(true)
bool(false)
int(22)
string(21) "Invalid port argument"
bool(false)
bool(true)
string(20) "Connection timed out"
bool(true)
bool(false)
int(22)
bool(true)
int(0)
bool(false)
bool(true)
Socket#%d has already been bound to another coroutine#%d, reading of the same socket in coroutine#%d at the same time is not allowed
int(2)
first reader: false errCode 125
bool(true)
bool(true)
string(18) "Operation canceled"
bool(false)
bool(true)
bool(true)
bool(false)
string(2) "ok"
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
string(3) "abc"
int(0)
string(0) ""
int(0)
