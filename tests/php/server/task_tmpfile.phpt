--TEST--
Swoole\Server: task payloads larger than a message go through task_tmpdir; none is left after a task worker is killed or after shutdown with tasks still queued
--FILE--
<?php
$dir = sys_get_temp_dir() . '/swtask_tmp_' . getmypid();
$count = fn() => count(glob("$dir/*"));

$server = new Swoole\Server('127.0.0.1', 0);
$server->set(['worker_num' => 1, 'task_worker_num' => 1, 'task_tmpdir' => $dir]);
$server->on('receive', function () {});
$server->on('task', function ($s, $id, $src, $data) {
    if (str_starts_with($data, 'die'))
        shell_exec('kill -9 ' . getmypid());  /* the file of this task is read already */
    if (str_starts_with($data, 'slow'))
        usleep(300000);
    return str_repeat(strlen($data) . ' ', 40000);  /* the result is large too */
});
$server->on('workerError', function ($s, $id, $pid, $code, $signal) {
    echo "task worker #$id killed by signal $signal\n";
});
$done = 0;
$server->on('finish', function ($s, $id, $data) use (&$done, $count) {
    if (++$done < 4)
        return;
    echo "4 results of ", strlen($data), " bytes, temp files left: ", $count(), "\n";
    /* the task worker is busy with the first: the others wait in the queue, on disk */
    for ($i = 0; $i < 3; $i++)
        $s->task('slow' . str_repeat('y', 100000));
    echo "queued at shutdown: ", $count() >= 2 ? 'yes' : 'no', "\n";
    $s->shutdown();
});
$server->on('workerStart', function ($s) use ($count) {
    if ($s->taskworker)
        return;
    echo "temp files at start: ", $count(), "\n";
    $s->task('die' . str_repeat('x', 100000));  /* queued before the others: read first */
    for ($i = 0; $i < 4; $i++)
        $s->task(str_repeat('z', 100000 + $i));
});
$server->start();
echo "temp files after shutdown: ", $count(), "\n";
rmdir($dir);
?>
--EXPECTF--
temp files at start: 0
[WARNING] worker#1 (pid %d) abnormal exit, code=0, signal=9
task worker #1 killed by signal 9
4 results of 280000 bytes, temp files left: 0
queued at shutdown: yes
temp files after shutdown: 0
