--TEST--
swoole cosocket: Coroutine\Client against a python3 echo peer: connect, send, recv, peek, names, exportSocket, EOF framing; timeout precedence (argument > set() > Co::set()); refused, DNS failure, use after close, peer closing
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 missing'); ?>
--FILE--
<?php
use Swoole\Coroutine\Client;

// Echo peer: echoes what it gets; "quiet" makes it stop answering, "close" closes.
$py = <<<'PY'
import socket, threading
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(8)
print(s.getsockname()[1], flush=True)
def serve(c):
    while True:
        d = c.recv(65536)
        if not d or d.startswith(b'close'): break
        if d.startswith(b'quiet'): continue
        c.sendall(d)
    c.close()
while True:
    c, _ = s.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
PY;
$proc = proc_open(['python3', '-c', $py], [1 => ['pipe', 'w']], $pipes);
$port = (int)fgets($pipes[1]);

Co\run(function () use ($port) {
    $c = new Client(SWOOLE_SOCK_TCP);
    var_dump($c->isConnected(), $c->send("x"), $c->errCode);
    var_dump($c->connect('localhost', $port, 2), $c->isConnected(), $c->connected);
    var_dump($c->connect('localhost', $port, 2), $c->errCode);
    var_dump($c->getpeername()['port'] === $port, $c->getsockname()['address']);
    var_dump($c->send("hello"), $c->recv(2));
    $c->send("peek me");
    Co::sleep(0.05);
    var_dump($c->peek(4), $c->recv());
    $sock = $c->exportSocket();
    var_dump($sock instanceof Swoole\Coroutine\Socket, $sock === $c->exportSocket());
    $sock->sendAll("via socket");
    var_dump($c->recv(2));

    // timeouts: Co::set() < set() < argument
    Co::set(['socket_read_timeout' => 0.05]);
    $c->send("quiet");
    $t = microtime(true);
    var_dump($c->recv(), $c->errCode, microtime(true) - $t < 1);
    $c->set(['read_timeout' => 0.3]);
    $t = microtime(true);
    var_dump($c->recv(), microtime(true) - $t >= 0.25);
    $t = microtime(true);
    var_dump($c->recv(0.05), microtime(true) - $t < 0.25);
    Co::set(['socket_read_timeout' => -1]);

    $c->send("close");
    var_dump($c->recv(2), $c->errCode);
    var_dump($c->close(), $c->isConnected(), $c->close(), $c->recv(), $c->errCode);

    // EOF framing through set()
    $c = new Client(SWOOLE_SOCK_TCP);
    $c->set(['open_eof_check' => true, 'package_eof' => "\n"]);
    $c->connect('127.0.0.1', $port, 2);
    $c->send("line one\nline two\n");
    var_dump($c->recv(2), $c->recv(2));
    $c->close();

    $c = new Client(SWOOLE_SOCK_TCP);
    var_dump($c->connect('nonexistent.invalid', 80, 5), $c->errCode);
    var_dump($c->connect('127.0.0.1', 0), $c->errCode, $c->errMsg);
    $tmp = new Swoole\Coroutine\Socket(2, 1, 0);
    $tmp->bind('127.0.0.1', 0);
    $closed = $tmp->getsockname()['port'];
    $tmp->close();
    var_dump($c->connect('127.0.0.1', $closed, 1), $c->errCode, $c->errMsg, $c->isConnected());
});
try {
    new Client(99);
} catch (Swoole\Exception $e) {
    echo $e->getMessage(), "\n";
}
proc_terminate($proc);
proc_close($proc);
?>
--EXPECT--
bool(false)
bool(false)
int(107)
bool(true)
bool(true)
bool(true)
bool(false)
int(106)
bool(true)
string(9) "127.0.0.1"
int(5)
string(5) "hello"
string(4) "peek"
string(7) "peek me"
bool(true)
bool(true)
string(10) "via socket"
bool(false)
int(110)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
string(0) ""
int(0)
bool(true)
bool(false)
bool(false)
bool(false)
int(107)
string(9) "line one
"
string(9) "line two
"
bool(false)
int(711)
bool(false)
int(22)
string(21) "Invalid port argument"
bool(false)
int(111)
string(18) "Connection refused"
bool(false)
Unknown client type '99'
