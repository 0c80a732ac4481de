--TEST--
swoole process: errors — wrong types (TypeError), bad pipe_type, write/read without a pipe or after close, start twice, exit() in the parent, wait/kill/signal misuse
--FILE--
<?php
use Swoole\Process;
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
t(fn() => new Process('no_such_function'));
t(fn() => new Process(fn() => 1, 'x', []));
t(fn() => new Process(fn() => 1, false, 5));
t(fn() => Process::kill('abc'));
t(fn() => Process::setAffinity('0'));
t(fn() => Process::setAffinity([-1]));
t(fn() => Process::signal(SIGUSR1, 'no_such_function'));
t(fn() => Process::signal(SIGKILL, fn() => 1));
t(fn() => Process::signal(SIGUSR2));   // nothing to remove
t(fn() => Process::alarm(1000, 9));

$p = new Process(fn() => 1, false, 0);
t(fn() => $p->write('x'));
t(fn() => $p->read());
t(fn() => $p->exportSocket());
t(fn() => $p->close());
$p->start();
t(fn() => $p->start());
t(fn() => $p->exit(1));
Process::wait();

$p = new Process(fn(Process $w) => var_export($w->read()), false, 1);
t(fn() => $p->write(''));
t(fn() => $p->read(0));
t(fn() => $p->close(7));
t(fn() => $p->close());
var_dump($p->pipe);
t(fn() => $p->write('x'));
t(fn() => $p->read());
// the child sees its pipe's other end closed: read() gives false
$p->start();
var_dump(Process::wait()['code']);
echo "\n";

// writing to a child that is gone
$p = new Process(fn() => 0, false, 1);
$p->start();
Process::wait();
t(fn() => $p->write('to nobody'));
t(fn() => $p->read());
t(fn() => clone $p);
?>
--EXPECTF--
TypeError: Swoole\Process::__construct(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: Swoole\Process::__construct(): Argument #3 ($pipe_type) must be of type int, array given
ValueError: Swoole\Process::__construct(): Argument #3 ($pipe_type) must be 0 (none), 1 (SOCK_STREAM) or 2 (SOCK_DGRAM)
TypeError: Swoole\Process::kill(): Argument #1 ($pid) must be of type int, string given
TypeError: Swoole\Process::setAffinity(): Argument #1 ($cpu_settings) must be of type array, string given
ValueError: Swoole\Process::setAffinity(): Argument #1 ($cpu_settings) has an invalid CPU number -1
TypeError: Swoole\Process::signal(): Argument #2 ($callback) must be a valid callback or null, function "no_such_function" not found or invalid function name

Warning: Swoole\Process::signal(): invalid signal number [9] in %s on line %d
bool(false)
bool(false)
ValueError: Swoole\Process::alarm(): Argument #2 ($type) must be ITIMER_REAL (0), ITIMER_VIRTUAL (1) or ITIMER_PROF (2)

Warning: Swoole\Process::write(): write: this process has no pipe (pipe_type 0) in %s on line %d
bool(false)

Warning: Swoole\Process::read(): read: this process has no pipe (pipe_type 0) in %s on line %d
bool(false)

Warning: Swoole\Process::exportSocket(): exportSocket: this process has no pipe (pipe_type 0) in %s on line %d
bool(false)

Warning: Swoole\Process::close(): close: no pipe to close in %s on line %d
bool(false)

Warning: Swoole\Process::start(): process has already been started (pid %d) in %s on line %d
bool(false)

Warning: Swoole\Process::exit(): exit() is only for the process itself (not its parent) in %s on line %d
NULL

Warning: Swoole\Process::write(): write: the data is empty in %s on line %d
bool(false)
ValueError: Swoole\Process::read(): Argument #1 ($size) must be greater than 0
ValueError: Swoole\Process::close(): Argument #1 ($which) must be one of 0..4 (SWOOLE_PIPE_CLOSE_*)
bool(true)
NULL

Warning: Swoole\Process::write(): write: the pipe is closed in %s on line %d
bool(false)

Warning: Swoole\Process::read(): read: the pipe is closed in %s on line %d
bool(false)
falseint(0)


Warning: Swoole\Process::write(): write() failed: Broken pipe in %s on line %d
bool(false)
bool(false)
Error: Trying to clone an uncloneable object of class Swoole\Process
