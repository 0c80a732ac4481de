--TEST--
Swoole\Coroutine\Http\Server: Response::sendfile() (whole file, offset/length, HEAD, missing file, then more requests on the connection)
--INI--
swoole.plugins[]=http
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl is missing'); ?>
--FILE--
<?php
function peer(array $cmd): string
{
    $p = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    fclose($pipes[0]);
    stream_set_blocking($pipes[1], false);
    stream_set_blocking($pipes[2], false);
    $out = $err = '';
    while (!feof($pipes[1]) || !feof($pipes[2])) {
        Co::sleep(0.01);
        $out .= fread($pipes[1], 65536);
        $err .= fread($pipes[2], 65536);
    }
    proc_close($p);
    return $out . $err;
}

$file = sys_get_temp_dir() . '/sw_sendfile_co_' . getmypid() . '.txt';
$big = str_repeat("0123456789abcdef", 64 * 1024 * 3 / 16) . "end";   /* 3 chunks and a bit */
file_put_contents($file, $big);

Co\run(function () use ($file, $big) {
    $s = new Co\Http\Server('127.0.0.1', 23590);
    $s->handle('/whole', function ($req, $resp) use ($file) { var_dump($resp->sendfile($file)); });
    $s->handle('/part', function ($req, $resp) use ($file) { var_dump($resp->sendfile($file, 10, 6)); });
    $s->handle('/missing', function ($req, $resp) use ($file) {
        var_dump($resp->sendfile("$file.nope"));
        $resp->end('still usable');
    });
    $s->handle('/stop', function ($req, $resp) use ($s) { $resp->end('bye'); $s->shutdown(); });
    go(function () use ($big) {
        $u = 'http://127.0.0.1:23590';
        $out = peer(['curl', '-s', "$u/whole"]);
        echo strlen($out), ' ', $out === $big ? 'same' : 'DIFFERENT', "\n";
        echo peer(['sh', '-c', "curl -s $u/part $u/missing; echo; curl -s -I $u/part | grep -i -E '^content-(length|type)'"]);
        peer(['curl', '-s', "$u/stop"]);
    });
    $s->start();
});
unlink($file);
?>
--EXPECTF--
bool(true)
196611 same
bool(true)

Warning: Swoole\Http\Response::sendfile(): sendfile(%s.nope) failed: No such file or directory in %s on line %d
bool(false)
bool(true)
abcdefstill usable
Content-Type: text/plain
Content-Length: 6
