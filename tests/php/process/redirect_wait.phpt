--TEST--
swoole process: redirect_stdin_stdout (echo goes into the pipe, stdin reads from it); wait() statuses for exit codes, exit(), $process->exit(), signals, a crashing child; kill($pid, 0)
--FILE--
<?php
use Swoole\Process;
$p = new Process(function (Process $w) {
    echo "printed in the child\n";
    $line = fgets(STDIN);
    echo "stdin said: $line";
}, true);
$p->start();
$got = '';
while (!str_contains($got, "\n") && ($r = $p->read()) !== false) $got .= $r;
echo "parent read: $got";
$p->write("from the parent\n");
$got = '';
while (!str_contains($got, "\n") && ($r = $p->read()) !== false) $got .= $r;
echo "parent read: $got";
var_dump(Process::wait()['code']);

$cases = [
    'return' => fn() => null,
    'exit(7)' => function () { exit(7); },
    '$w->exit(9)' => fn(Process $w) => $w->exit(9),
    'SIGKILL itself' => fn() => Process::kill(getmypid(), SIGKILL),
    'uncaught exception' => function () { throw new RuntimeException('boom in the child'); },
    'segfault' => fn() => Process::kill(getmypid(), SIGSEGV),
];
foreach ($cases as $name => $fn) {
    $p = new Process($fn, false, 0);
    $pid = $p->start();
    $st = Process::wait();
    echo str_pad($name, 20), " pid ok: ", var_export($st['pid'] === $pid, true), " code: {$st['code']} signal: {$st['signal']}\n";
}
// kill($pid, 0): alive, then gone
$p = new Process(function (Process $w) { $w->read(); }, false, 2);
$pid = $p->start();
var_dump(Process::kill($pid, 0));
var_dump(Process::kill($pid, SIGTERM));
var_dump(Process::wait()['signal'] === SIGTERM);
var_dump(Process::kill($pid, 0), swoole_last_error() === 3);
// nothing left to wait for
var_dump(Process::wait(), Process::wait(false));
echo "parent still runs\n";
?>
--EXPECTF--
parent read: printed in the child
parent read: stdin said: from the parent
int(0)
return               pid ok: true code: 0 signal: 0
exit(7)              pid ok: true code: 7 signal: 0
$w->exit(9)          pid ok: true code: 9 signal: 0
SIGKILL itself       pid ok: true code: 0 signal: 9

Fatal error: Uncaught RuntimeException: boom in the child in %s:%d
Stack trace:
%A
uncaught exception   pid ok: true code: 255 signal: 0
segfault             pid ok: true code: 0 signal: 11
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
parent still runs
