--TEST--
Swoole\Server: user/group (workers drop to them), max_coroutine applied like Co::set(); reactor_num/dispatch_mode/task_ipc_mode accepted and checked
--SKIPIF--
<?php
if (!function_exists('posix_getuid') && trim((string)@shell_exec('id -u')) !== '0') die('skip needs root');
if (!is_dir('/proc/self')) die('skip needs /proc');
if (trim((string)@shell_exec('id -u nobody')) === '') die('skip no user nobody');
?>
--FILE--
<?php
$s = new Swoole\Server('127.0.0.1', 0);
var_dump($s->set(['dispatch_mode' => 0]));
var_dump($s->set(['reactor_num' => 2, 'dispatch_mode' => 2, 'task_ipc_mode' => 1]));
$group = trim(shell_exec('id -gn nobody'));
$s->set(['worker_num' => 1, 'user' => 'nobody', 'group' => $group, 'max_coroutine' => 4321]);
/* asked before the worker drops its rights (it may not run programs after that) */
$GLOBALS['uid'] = (int) trim(shell_exec('id -u nobody'));
$GLOBALS['gid'] = (int) trim(shell_exec('id -g nobody'));
$s->on('workerStart', function ($s) {
    $st = file_get_contents('/proc/self/status');
    preg_match('/^Uid:\s+(\d+)/m', $st, $u);
    preg_match('/^Gid:\s+(\d+)/m', $st, $g);
    echo "worker uid is nobody: ", var_export((int)$u[1] === $GLOBALS['uid'], true), "\n";
    echo "worker gid is nobody's group: ", var_export((int)$g[1] === $GLOBALS['gid'], true), "\n";
    echo "max_coroutine: ", Swoole\Coroutine::getOptions()['max_coroutine'], "\n";
    $s->shutdown();
});
$s->on('receive', function () {});
var_dump($s->start());
?>
--EXPECTF--
Warning: Swoole\Server::set(): dispatch_mode must be %s in %s on line %d
bool(false)
bool(true)
worker uid is nobody: true
worker gid is nobody's group: true
max_coroutine: 4321
bool(true)
