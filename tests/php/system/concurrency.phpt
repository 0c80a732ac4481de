--TEST--
swoole system: exec, readFile, writeFile, DNS, waitPid and fread on a pipe do not block the loop
--FILE--
<?php
use Swoole\Coroutine\System;
$f = sys_get_temp_dir() . '/swoole_sys_concurrency_' . getmypid();
Co\run(function () use ($f) {
    $log = [];
    $ticks = 0;
    $cids = [];
    $cids[] = go(function () use (&$log, &$ticks) {
        $r = System::exec('sleep 0.3; echo hi');
        $log[] = "exec: " . trim($r['output']) . " (ticks meanwhile: " . ($ticks >= 3 ? 'yes' : "no, $ticks") . ")";
    });
    $cids[] = go(function () use (&$log, $f) {
        System::writeFile($f, str_repeat('x', 1 << 20));
        $log[] = "readFile: " . strlen(System::readFile($f));
    });
    $cids[] = go(function () use (&$log) {
        $log[] = "dns: " . System::gethostbyname('localhost');
    });
    $cids[] = go(function () use (&$log, &$ticks) {
        $p = proc_open(['sleep', '0.3'], [], $pipes);
        $r = System::waitPid(proc_get_status($p)['pid']);
        $log[] = "waitPid: code " . $r['code'] . " (ticks meanwhile: " . ($ticks >= 3 ? 'yes' : "no, $ticks") . ")";
    });
    $cids[] = go(function () use (&$log, &$ticks) {
        $p = proc_open(['sh', '-c', 'sleep 0.3; echo piped'], [1 => ['pipe', 'w']], $pipes);
        $log[] = "fread: " . trim(System::fread($pipes[1])) . " (ticks meanwhile: " . ($ticks >= 3 ? 'yes' : "no, $ticks") . ")";
        fclose($pipes[1]);
        proc_close($p);
    });
    // The ticker runs while all of the above wait.
    $ticker = go(function () use (&$ticks, $cids) {
        while (array_filter($cids, 'Co::exists')) {
            $ticks++;
            Co::sleep(0.02);
        }
    });
    Co::join($cids);
    sort($log);
    echo implode("\n", $log), "\n";
});
@unlink($f);
echo "end\n";
?>
--EXPECT--
dns: 127.0.0.1
exec: hi (ticks meanwhile: yes)
fread: piped (ticks meanwhile: yes)
readFile: 1048576
waitPid: code 0 (ticks meanwhile: yes)
end
