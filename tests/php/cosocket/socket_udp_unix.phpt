--TEST--
swoole cosocket: UDP sendto/recvfrom, a Unix stream socket pair over a path, setOption/getOption and SO_RCVTIMEO as the object's read timeout
--FILE--
<?php
foreach (["AF_INET" => 2, "AF_UNIX" => 1, "SOCK_STREAM" => 1, "SOCK_DGRAM" => 2,
          "SOL_SOCKET" => 1, "SO_RCVTIMEO" => 20, "SO_REUSEADDR" => 2] as $k => $v) defined($k) || define($k, $v);
use Swoole\Coroutine\Socket;

Co\run(function () {
    $a = new Socket(AF_INET, SOCK_DGRAM, 0);
    $b = new Socket(AF_INET, SOCK_DGRAM, 0);
    var_dump($a->bind('127.0.0.1', 0));
    $port = $a->getsockname()['port'];
    go(function () use ($a) {
        $data = $a->recvfrom($peer, 2);
        echo "got ", $data, " from ", $peer['address'], "\n";
        $a->sendto($peer['address'], $peer['port'], strrev($data));
    });
    var_dump($b->sendto('127.0.0.1', $port, 'datagram'));
    var_dump($b->recvfrom($from, 2), $from['port'] === $port);
    var_dump($b->recvfrom($from, 0.05), $b->errCode);

    // Coroutine\Client over UDP: connect() fixes the peer; sendto/recvfrom name it
    go(function () use ($a) {
        for ($i = 0; $i < 2; $i++) {
            $data = $a->recvfrom($peer, 2);
            $a->sendto($peer['address'], $peer['port'], "re:$data");
        }
    });
    $u = new Swoole\Coroutine\Client(SWOOLE_SOCK_UDP);
    var_dump($u->connect('127.0.0.1', $port, 1), $u->send('one'), $u->recv(2));
    $v = new Swoole\Coroutine\Client(SWOOLE_SOCK_UDP);
    var_dump($v->sendto('127.0.0.1', $port, 'two'), $v->recvfrom(100, $host, $p), $host, $p === $port);

    $path = sys_get_temp_dir() . '/swoole_cosock_' . getmypid() . '.sock';
    @unlink($path);
    $srv = new Socket(AF_UNIX, SOCK_STREAM, 0);
    var_dump($srv->bind($path), $srv->listen());
    go(function () use ($srv, &$keep) {
        $keep = $srv->accept();   // kept open: the client's recv below must time out
        $keep->send("over unix\n");
    });
    $c = new Socket(AF_UNIX, SOCK_STREAM, 0);
    var_dump($c->connect($path), $c->recvLine(), $c->getpeername()['address'] === $path);
    unlink($path);

    var_dump($c->setOption(SOL_SOCKET, SO_REUSEADDR, 1), $c->getOption(SOL_SOCKET, SO_REUSEADDR));
    var_dump($c->setOption(SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 50000]));
    var_dump($c->getOption(SOL_SOCKET, SO_RCVTIMEO));
    $t = microtime(true);
    var_dump($c->recv(), $c->errCode, microtime(true) - $t < 1);
});
?>
--EXPECT--
bool(true)
int(8)
got datagram from 127.0.0.1
string(8) "margatad"
bool(true)
bool(false)
int(110)
bool(true)
int(3)
string(6) "re:one"
bool(true)
string(6) "re:two"
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
bool(true)
string(10) "over unix
"
bool(true)
bool(true)
int(1)
bool(true)
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(50000)
}
bool(false)
int(110)
bool(true)
