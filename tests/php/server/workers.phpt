--TEST--
Swoole\Server: worker_num = 2 under a manager; a worker killed with SIGKILL is replaced; max_request; reload(); shutdown() from a worker
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['worker_num' => 2, 'max_request' => 3]);
$peer = null;
$server->on('managerStart', function ($s) use (&$peer) {
    echo "managerStart, master is me: ", var_export($s->master_pid === getmypid(), true), "\n";
    $peer = sw_peer_start(SW_PY . <<<'PY'
port = int(sys.argv[1])
def ask(msg):
    for i in range(200):
        try:
            a = conn(port)
            a.sendall(msg)
            r = a.recv(100)
            if r:
                return a, r
            a.close()
        except (ConnectionResetError, ConnectionRefusedError, BrokenPipeError):
            pass
        time.sleep(0.05)
    raise SystemExit('no answer')
a, pid = ask(b'pid')
first = int(pid)
# max_request = 3: the third request on this worker is answered, then the worker ends
a.sendall(b'pid'); a.recv(100)
a.sendall(b'pid'); a.recv(100)
print('closed after max_request:', wait_closed(a))
# SIGKILL a worker: the other one and the replacement keep serving
a, pid = ask(b'pid')
os.kill(int(pid), 9)
a.close()
seen = set()
for i in range(6):
    b, p = ask(b'pid')
    seen.add(int(p))
    b.close()
print('killed worker gone:', int(pid) not in seen, 'still serving:', len(seen) >= 1)
before = seen
b, r = ask(b'reload')
print(r)
b.close()
# the old workers finish what they do before they go: wait (a loaded machine is slow)
deadline = time.time() + 20
while True:
    time.sleep(0.2)
    after = set()
    for i in range(6):
        b, p = ask(b'pid')
        after.add(int(p))
        b.close()
    if not (after & before) or time.time() > deadline:
        break
print('new workers after reload:', not (after & before))
b, r = ask(b'shutdown')
print(r)
PY, [$s->port]);
});
$server->on('workerStart', function ($s, $id) {
    if ($s->worker_id !== $id || $s->getWorkerId() !== $id || $s->worker_pid !== getmypid())
        echo "bad worker props\n";
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    if ($data === 'reload') {
        $s->send($fd, 'reloading');
        $s->reload();
    } elseif ($data === 'shutdown') {
        $s->send($fd, 'bye');
        $s->shutdown();
    } else {
        $s->send($fd, (string)getmypid());
    }
});
$server->on('workerError', function ($s, $id, $pid, $code, $sig) {
    echo "workerError #$id code $code signal $sig\n";
});
$server->on('managerStop', function ($s) { echo "managerStop\n"; });
$server->on('shutdown', function ($s) { echo "shutdown\n"; });
var_dump($server->start());
echo sw_peer_end($peer);
?>
--EXPECTF--
managerStart, master is me: true
[WARNING] worker#%d (pid %d) abnormal exit, code=0, signal=9
workerError #%d code 0 signal 9
managerStop
shutdown
bool(true)
closed after max_request: True
killed worker gone: True still serving: True
b'reloading'
new workers after reload: True
b'bye'
