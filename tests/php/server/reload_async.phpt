--TEST--
Swoole\Server: reload_async — a stopping worker finishes its coroutines (onWorkerExit at every iteration), onBeforeReload/onAfterReload around reload(); a timer left running is cut at max_wait_time
--FILE--
<?php
use Swoole\Coroutine as Co;

$gen_file = tempnam(sys_get_temp_dir(), 'swreload');
$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['worker_num' => 1, 'task_worker_num' => 1, 'reload_async' => true,
              'max_wait_time' => 1, 'log_level' => SWOOLE_LOG_WARNING]);
$server->on('receive', function () {});
$server->on('task', function () {});
$server->on('beforeReload', function ($s) { echo "onBeforeReload\n"; });
$server->on('afterReload', function ($s) { echo "onAfterReload\n"; });
$gen = 0;
$exits = 0;
$busy = false;
$server->on('workerStart', function ($s, $id) use ($gen_file, &$gen, &$busy) {
    if ($s->taskworker)
        return;
    $gen = (int)file_get_contents($gen_file) + 1;
    file_put_contents($gen_file, $gen);
    if ($gen == 1) {
        echo "gen 1 start\n";
        $busy = true;
        go(function () use (&$busy) {
            Co::sleep(0.4);
            echo "in-flight coroutine done\n";
            $busy = false;
        });
        $s->reload();
        return;
    }
    Swoole\Timer::after(300, function () use ($s) {
        echo "gen 2 start, shutting down with a tick timer running\n";
        Swoole\Timer::tick(50, function () {});
        $s->shutdown();
    });
});
$server->on('workerStop', function ($s, $id) use (&$gen) {
    if (!$s->taskworker)
        echo "gen $gen WorkerStop\n";
});
$server->on('workerExit', function ($s, $id) use (&$gen, &$exits, &$busy) {
    if (++$exits == 1)
        echo "gen $gen WorkerExit while the coroutine runs: ", $busy ? 'yes' : 'no', "\n";
    if ($gen == 1 && !$busy && $exits > 0) {
        echo "gen 1 WorkerExit after it: yes\n";
        $exits = -1000;
    }
});
var_dump($server->start());
unlink($gen_file);
?>
--EXPECTF--
gen 1 start
onBeforeReload
gen 1 WorkerStop
gen 1 WorkerExit while the coroutine runs: yes
in-flight coroutine done
gen 1 WorkerExit after it: yes
onAfterReload
gen 2 start, shutting down with a tick timer running
gen 2 WorkerStop
gen 2 WorkerExit while the coroutine runs: no
[WARNING] worker#0 exit timeout (max_wait_time=1s), forced termination
bool(true)
