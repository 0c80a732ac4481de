--TEST--
Swoole\Server: bad arguments and misuse give clear errors
--FILE--
<?php
try {
    new Swoole\Server('127.0.0.1', 0, 99);
} catch (Swoole\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    new Swoole\Server('not an address', 0);
} catch (Swoole\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$s = new Swoole\Server('127.0.0.1', 0);
try {
    new Swoole\Server('127.0.0.1', $s->port);
} catch (Swoole\Exception $e) {
    echo $e->getCode() == 98 ? "EADDRINUSE\n" : $e->getMessage();
}
var_dump($s->on('nosuchevent', function () {}));
var_dump($s->on('onReceive', function () {}) && $s->getCallback('receive') instanceof Closure);
var_dump($s->set(['package_length_type' => 'x']));
var_dump($s->set(['package_eof' => '']));
var_dump($s->set(['worker_num' => 0]));
var_dump($s->setting);
var_dump($s->set(['worker_num' => 1, 'package_eof' => "\n"]), $s->setting);
var_dump($s->listen('127.0.0.1', 0, 99));
var_dump($s->listen('127.0.0.1', 0, SWOOLE_SOCK_UDP | SWOOLE_SSL));
var_dump($s->send(1, 'x'), $s->close(1), $s->exist(1), $s->getClientInfo(1));
var_dump((new ReflectionClass('swoole_server'))->getName(), new swoole_server('127.0.0.1', 0) instanceof Swoole\Server);

$u = new Swoole\Server('127.0.0.1', 0, SWOOLE_BASE, SWOOLE_SOCK_UDP);
try {
    $u->start();
} catch (Swoole\Exception $e) {
    echo $e->getMessage(), "\n";
}
$p = new Swoole\Server('127.0.0.1', 0, SWOOLE_PROCESS);
$p->on('receive', function () {});
$p->on('workerStart', function ($s) {
    var_dump($s->getWorkerId(), $s->getMasterPid() === getmypid(), $s->getManagerPid());
    var_dump($s->close(12345), $s->getLastError(), swoole_last_error());
    $s->shutdown();
});
var_dump($p->start());
var_dump($p->start());
?>
--EXPECTF--
Swoole\Exception: invalid $mode parameters 99

Warning: Swoole\Server::__construct(): failed to listen on not an address:0: invalid IPv4 address 'not an address' or port 0 in %s on line %d
Swoole\Exception: failed to listen server port[not an address:0], Error: %s

Warning: Swoole\Server::__construct(): failed to listen on 127.0.0.1:%d: bind(127.0.0.1:%d) failed: Address already in use in %s on line %d
EADDRINUSE

Warning: Swoole\Server::on(): unknown event types[nosuchevent] in %s on line %d
bool(false)
bool(true)

Warning: Swoole\Server::set(): unknown package_length_type 'x', one of c, C, s, S, n, v, l, L, N, V, q, Q, J, P is expected in %s on line %d
bool(false)

Warning: Swoole\Server::set(): package_eof must be 1 to 8 bytes in %s on line %d
bool(false)

Warning: Swoole\Server::set(): worker_num must be 1 to 1024 in %s on line %d
bool(false)
NULL
bool(true)
array(2) {
  ["worker_num"]=>
  int(1)
  ["package_eof"]=>
  string(1) "
"
}

Warning: Swoole\Server::listen(): unknown socket type 99 in %s on line %d
bool(false)

Warning: Swoole\Server::listen(): SWOOLE_SSL needs a stream socket (DTLS is not supported) in %s on line %d
bool(false)

Warning: Swoole\Server::send(): server is not running in %s on line %d

Warning: Swoole\Server::close(): server is not running in %s on line %d
bool(false)
bool(false)
bool(false)
bool(false)
string(13) "Swoole\Server"
bool(true)
require onPacket callback

Warning: Swoole\Server::start(): SWOOLE_PROCESS mode is not available yet, the server runs in SWOOLE_BASE mode in %s on line %d
int(0)
bool(true)
int(0)
bool(false)
int(1005)
int(1005)
bool(true)

Warning: Swoole\Server::start(): server is running, unable to execute Swoole\Server->start() in %s on line %d
bool(false)
