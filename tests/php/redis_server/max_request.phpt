--TEST--
redis_server: every command is a request — stats()['request_count'] counts each one of a pipelined batch, and max_request replaces a worker once it has answered that many (10 commands on fresh connections need at least 4 workers with max_request 3)
--SKIPIF--
<?php
if (!extension_loaded('swoole')) die('skip swoole not loaded');
if (!shell_exec('command -v python3')) die('skip python3 not available');
?>
--INI--
swoole.plugins[]=redis_server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use Swoole\Redis\Server;

$server = new Server('127.0.0.1', 0, SWOOLE_BASE);
$server->set(['worker_num' => 2, 'max_request' => 3, 'log_level' => SWOOLE_LOG_NONE]);
$server->setHandler('PID', fn($fd, $args) => Server::format(Server::INT, getmypid()));
$server->setHandler('COUNT', fn($fd, $args) => Server::format(Server::INT, $server->stats()['request_count']));
$server->setHandler('SHUTDOWN', function ($fd, $args) use ($server) {
    $server->send($fd, Server::format(Server::STATUS, 'OK'));
    $server->shutdown();
});
$peer = null;
$server->on('managerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
port = int(sys.argv[1])
def ask(payload, replies):
    for i in range(200):
        try:
            a = conn(port)
            a.sendall(payload)
            data = b''
            while data.count(b'\r\n') < replies:
                chunk = a.recv(100)
                if not chunk:
                    break
                data += chunk
            a.close()
            if data.count(b'\r\n') == replies:
                return data
        except (ConnectionResetError, ConnectionRefusedError, BrokenPipeError):
            pass
        time.sleep(0.05)
    raise SystemExit('no answer')
pids = set()
for i in range(10):
    pids.add(int(ask(b'*1\r\n$3\r\nPID\r\n', 1)[1:-2]))
print('distinct workers >= 4:', len(pids) >= 4)
a, b = [int(x[1:]) for x in ask(b'*1\r\n$5\r\nCOUNT\r\n*1\r\n$5\r\nCOUNT\r\n', 2).split(b'\r\n')[:2]]
print('the second of a batch counts the first:', b == a + 1)
print(ask(b'*1\r\n$8\r\nSHUTDOWN\r\n', 1))
PY, [$s->port]);
});
var_dump($server->start());
echo sw_peer_end($peer);
?>
--EXPECT--
bool(true)
distinct workers >= 4: True
the second of a batch counts the first: True
b'+OK\r\n'
