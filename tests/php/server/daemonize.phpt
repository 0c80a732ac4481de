--TEST--
Swoole\Server: daemonize (start() returns in no process: the caller exits 0, the server runs detached), log_file gets the log and the output, pid_file names the daemon
--FILE--
<?php
$dir = sys_get_temp_dir() . '/sw-daemonize-' . getmypid();
@mkdir($dir);
$so = getenv('SWOOLE_SO') ?: ini_get('extension_dir') . '/swoole.so';
$port = 23290;
file_put_contents("$dir/server.php", <<<PHP
<?php
\$s = new Swoole\Server('127.0.0.1', $port);
\$s->set(['daemonize' => true, 'log_file' => '$dir/server.log', 'pid_file' => '$dir/server.pid']);
\$s->on('start', function () { echo "started in ", getmypid(), "\\n"; });
\$s->on('receive', function (\$s, \$fd, \$r, \$data) {
    echo "got \$data\\n";
    if (\$data === 'stop') { \$s->send(\$fd, 'bye'); \$s->shutdown(); return; }
    \$s->send(\$fd, "echo:\$data");
});
\$s->start();
echo "never here in the caller\\n";
PHP);
$cmd = escapeshellarg(PHP_BINARY) . ' -n -d ' . escapeshellarg("extension=$so") . ' ' . escapeshellarg("$dir/server.php");
$out = [];
exec($cmd, $out, $rc);
echo "caller exit status: $rc, its output: ", json_encode($out), "\n";
for ($i = 0; $i < 200 && !is_file("$dir/server.pid"); $i++) usleep(50000);
$pid = (int) @file_get_contents("$dir/server.pid");
echo "daemon pid is another process: ", var_export($pid > 0 && $pid !== getmypid(), true), "\n";
$c = null;
for ($i = 0; $i < 200 && !$c; $i++) { $c = @stream_socket_client("tcp://127.0.0.1:$port", $en, $es, 1); if (!$c) usleep(50000); }
fwrite($c, 'hello');
echo fread($c, 100), "\n";
fclose($c);
$c = stream_socket_client("tcp://127.0.0.1:$port", $en, $es, 5);
fwrite($c, 'stop');
echo fread($c, 100), "\n";
fclose($c);
for ($i = 0; $i < 200 && file_exists("/proc/$pid"); $i++) usleep(50000);
echo "daemon gone: ", var_export(!file_exists("/proc/$pid"), true), "\n";
clearstatcache();
echo "pid file removed: ", var_export(!is_file("$dir/server.pid"), true), "\n";
$log = file_get_contents("$dir/server.log");
echo "log has the daemon's output: ", var_export(str_contains($log, "started in $pid") && str_contains($log, "got hello") && str_contains($log, "got stop"), true), "\n";
@unlink("$dir/server.log");
@unlink("$dir/server.php");
@rmdir($dir);
?>
--EXPECT--
caller exit status: 0, its output: []
daemon pid is another process: true
echo:hello
bye
daemon gone: true
pid file removed: true
log has the daemon's output: true
