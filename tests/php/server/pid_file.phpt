--TEST--
Swoole\Server: pid_file holds the server's pid while it runs (written whole, no temporary left beside it) and is removed at shutdown; an unwritable pid_file is a warning, not a failure to start
--FILE--
<?php
$dir = sys_get_temp_dir() . '/sw-pidfile-' . getmypid();
@mkdir($dir);
foreach (["$dir/server.pid", "$dir/missing/server.pid"] as $path) {
    $s = new Swoole\Server('127.0.0.1', 0);
    $s->set(['pid_file' => $path, 'log_level' => SWOOLE_LOG_NONE]);
    $s->on('start', function ($s) use ($path, $dir) {
        clearstatcache();
        echo "pid file names this process: ", var_export(@file_get_contents($path) === (string) getmypid(), true), "\n";
        echo "files beside it: ", json_encode(array_values(array_diff(scandir($dir), ['.', '..', 'missing']))), "\n";
        $s->shutdown();
    });
    $s->on('receive', function () {});
    var_dump($s->start());
    clearstatcache();
    echo "after shutdown: ", var_export(file_exists($path), true), "\n";
}
@rmdir($dir);
?>
--EXPECTF--
pid file names this process: true
files beside it: ["server.pid"]
bool(true)
after shutdown: false

Warning: Swoole\Server::start(): cannot write pid_file %s/missing/server.pid: No such file or directory in %s on line %d
pid file names this process: false
files beside it: []
bool(true)
after shutdown: false
