--TEST--
seed 004: Swoole\Http\Server (SWOOLE_BASE, one worker) whose handler connects a Swoole\Coroutine\MySQL and answers var_export(query('show tables', 2)); parallel curl requests wait on MySQL at the same time
--INI--
swoole.plugins[0]=http
swoole.plugins[1]=mysql
--SKIPIF--
<?php
require __DIR__ . '/../include/mysql.inc';
my_skipif();
if (!shell_exec('command -v curl')) die('skip curl is missing');
?>
--FILE--
<?php
require __DIR__ . '/../include/mysql.inc';
$cfg = my_cfg();
$db = $cfg['database'] . '_seed004';
$port = 23990;
$dir = sys_get_temp_dir() . '/sw_mysql_seed004_' . getmypid();
@mkdir($dir);
$inflight = 0;
$max = 0;
$sleeps = [];

$server = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
$server->set(['worker_num' => 1, 'log_level' => SWOOLE_LOG_WARNING]);
$server->on('workerStart', function ($s) use ($cfg, $db, $dir, $port) {
    $m = new Swoole\Coroutine\MySQL;
    if (!$m->connect($cfg)) {
        echo "setup: connect failed: {$m->connect_error}\n";
        $s->shutdown();
        return;
    }
    foreach (["DROP DATABASE IF EXISTS $db", "CREATE DATABASE $db",
              "CREATE TABLE $db.users (id INT PRIMARY KEY, name VARCHAR(20))",
              "CREATE TABLE $db.posts (id INT PRIMARY KEY, body TEXT)"] as $sql)
        if (!$m->query($sql))
            echo "setup: $sql: {$m->error}\n";
    $m->close();
    /* 6 plain requests and 3 whose query sleeps 0.5 s, all at once; then /stop */
    $u = "http://127.0.0.1:$port";
    $cmds = [];
    for ($i = 0; $i < 6; $i++)
        $cmds[] = "curl -s --max-time 30 -o tables_$i $u/ &";
    for ($i = 0; $i < 3; $i++)
        $cmds[] = "curl -s --max-time 30 -o sleep_$i $u/sleep &";
    $cmds[] = "wait; curl -s --max-time 30 $u/stop >/dev/null";
    proc_open(['sh', '-c', 'cd "$1" || exit 1; ' . implode(' ', $cmds), 'sh', $dir], [], $pipes);
});
$server->on('Request', function ($request, $response) use ($cfg, $db, &$inflight, &$max, &$sleeps) {
    $uri = $request->server['request_uri'];
    if ($uri === '/stop') {
        $response->end('bye');
        $GLOBALS['server']->shutdown();
        return;
    }
    $inflight++;
    $max = max($max, $inflight);
    /* the seed's handler, with the test server's parameters */
    $mysql = new Swoole\Coroutine\MySQL();
    $res = $mysql->connect([
        'host' => $cfg['host'],
        'port' => $cfg['port'],
        'user' => $cfg['user'],
        'password' => $cfg['password'],
        'database' => $db,
    ]);
    if ($res == false) {
        $inflight--;
        $response->end("MySQL connect fail! {$mysql->connect_errno} {$mysql->connect_error}");
        return;
    }
    if ($uri === '/sleep') {
        $t0 = microtime(true);
        $ret = $mysql->query('SELECT SLEEP(0.5) AS slept', 2);
        $sleeps[] = [$t0, microtime(true)];
    } else {
        $ret = $mysql->query('show tables', 2);
    }
    $inflight--;
    $response->end("swoole response is ok, result=" . var_export($ret, true));
});
$server->start();

for ($i = 0; $i < 6; $i++) {
    $body = @file_get_contents("$dir/tables_$i");
    if ($i === 0)
        echo $body, "\n";
    elseif ($body !== file_get_contents("$dir/tables_0"))
        echo "request $i differs: ", var_export($body, true), "\n";
}
for ($i = 0; $i < 3; $i++)
    echo @file_get_contents("$dir/sleep_$i"), "\n";
/* one worker: the sleeping queries overlapped iff one started before another ended */
usort($sleeps, fn($a, $b) => $a[0] <=> $b[0]);
$overlap = count($sleeps) === 3 && $sleeps[1][0] < $sleeps[0][1];
echo "requests in flight at once: ", $max >= 2 ? "several" : $max, "\n";
echo "sleeping queries overlapped: ", $overlap ? "yes" : "no", "\n";
Co\run(function () use ($cfg, $db) {
    my_connect()->query("DROP DATABASE $db");
});
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
swoole response is ok, result=array (
  0 => 
  array (
    'Tables_in_%s_seed004' => 'posts',
  ),
  1 => 
  array (
    'Tables_in_%s_seed004' => 'users',
  ),
)
swoole response is ok, result=array (
  0 => 
  array (
    'slept' => '0',
  ),
)
swoole response is ok, result=array (
  0 => 
  array (
    'slept' => '0',
  ),
)
swoole response is ok, result=array (
  0 => 
  array (
    'slept' => '0',
  ),
)
requests in flight at once: several
sleeping queries overlapped: yes
