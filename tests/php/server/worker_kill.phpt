--TEST--
Swoole\Server: a worker killed with SIGKILL while clients are sending (worker_num=2) — onWorkerError in the manager with the signal, the worker is restarted, the other one keeps serving
--SKIPIF--
<?php if (!shell_exec('command -v python3')) die('skip python3 not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['worker_num' => 2]);
$peer = null;
$server->on('managerStart', function ($s) use (&$peer) {
    $peer = sw_peer_start(SW_PY . <<<'PY'
import threading, signal
port = int(sys.argv[1])
lock = threading.Lock()
seen = {}            # pid -> replies, in order of first reply
log = []             # (time, ok)
stop = False
def ask():
    try:
        s = conn(port)
        s.sendall(b'ping')
        r = s.recv(100)
        s.close()
        return int(r.split()[1]) if r.startswith(b'pong') else None
    except OSError:
        return None
def client():
    while not stop:
        pid = ask()
        with lock:
            log.append((time.time(), pid is not None))
            if pid:
                seen[pid] = seen.get(pid, 0) + 1
for i in range(200):
    if ask():
        break
    time.sleep(0.05)
threads = [threading.Thread(target=client) for _ in range(4)]
for t in threads:
    t.start()
deadline = time.time() + 10
while len(seen) < 2 and time.time() < deadline:
    time.sleep(0.05)
first = dict(seen)
print('both workers served:', len(first) == 2)
victim = sorted(first)[0]
os.kill(victim, signal.SIGKILL)
killed_at = time.time()
print('killed', victim)
deadline = time.time() + 10
while time.time() < deadline:
    with lock:
        new = [p for p in seen if p not in first]
        after = sum(1 for t, ok in log if t > killed_at + 0.2 and ok)
    if new and after > 20:
        break
    time.sleep(0.05)
stop = True
for t in threads:
    t.join()
print('served after the kill:', after > 20)
print('the restarted worker served:', len(new) == 1)
print('the killed pid never answered again:', all(p != victim for p in new))
s = conn(port)
s.sendall(b'shutdown')
s.recv(10)
PY, [$s->port]);
});
$server->on('receive', function ($s, $fd, $rid, $data) {
    if ($data === 'shutdown') {
        $s->send($fd, 'bye');
        $s->shutdown();
        return;
    }
    $s->send($fd, 'pong ' . getmypid());
});
$error = null;
$server->on('workerError', function ($s, $id, $pid, $code, $signal) use (&$error) {
    $error = [$id, $pid, $code, $signal];
});
$server->on('managerStop', function ($s) use (&$error) {
    echo "onWorkerError: signal $error[3], exit code $error[2]\n";
});
var_dump($server->start());
$out = sw_peer_end($peer);
echo str_replace("killed $error[1]\n", "killed the pid onWorkerError reported\n", $out);
?>
--EXPECTF--
[WARNING] worker#%d (pid %d) abnormal exit, code=0, signal=9
onWorkerError: signal 9, exit code 0
bool(true)
both workers served: True
killed the pid onWorkerError reported
served after the kill: True
the restarted worker served: True
the killed pid never answered again: True
