--TEST--
swoole process: Process::signal() handlers run from the loop (in coroutines) — SIGCHLD with wait(false) in the handler, as Swoole users do; SIGUSR1 to itself; alarm() with SIGALRM; removing a handler lets the loop end; Co::waitSignal still works after
--FILE--
<?php
use Swoole\Process;
$n = 4;
$pids = [];
$reaped = [];
Process::signal(SIGCHLD, function ($signo) use (&$reaped, &$pids, $n) {
    // several children may end behind one SIGCHLD: reap all that are done
    while ($ret = Process::wait(false)) {
        $reaped[$ret['pid']] = $ret['code'];
    }
    if (count($reaped) === $n) {
        echo "SIGCHLD handler (signo $signo, in coroutine: ", var_export(Co::getCid() > 0, true), ") reaped all\n";
        Process::signal(SIGCHLD, null);
    }
});
for ($i = 0; $i < $n; $i++) {
    $p = new Process(function () use ($i) { usleep(10000 * $i); exit(10 + $i); }, false, 0);
    $pids[$p->start()] = 10 + $i;
}
$ticks = 0;
Process::signal(SIGALRM, function () use (&$ticks) {
    if (++$ticks === 3) {
        Process::alarm(0);
        Process::signal(SIGALRM, null);
        echo "alarm fired 3 times\n";
    }
});
var_dump(Process::alarm(20000));
Process::signal(SIGUSR1, function ($s) {
    echo "SIGUSR1 to myself: ", $s === SIGUSR1 ? "ok" : "bad", "\n";
    Process::signal(SIGUSR1, null);
});
Process::kill(getmypid(), SIGUSR1);
echo "script end\n";
register_shutdown_function(function () use (&$reaped, &$pids) {
    ksort($reaped);
    ksort($pids);
    var_dump($reaped === $pids);
    // the loop's own signal waits are intact
    Co\run(function () {
        go(function () { Co::sleep(0.01); Process::kill(getmypid(), SIGUSR2); });
        var_dump(Co\System::waitSignal(SIGUSR2, 5));
    });
});
?>
--EXPECTF--
bool(true)
script end
SIGUSR1 to myself: ok
%A
bool(true)
int(12)
