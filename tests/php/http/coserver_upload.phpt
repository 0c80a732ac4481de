--TEST--
Swoole\Coroutine\Http\Server: urlencoded and multipart bodies (curl -d / -F), uploads to temp files removed after the request
--INI--
swoole.plugins[]=http
--SKIPIF--
<?php if (!shell_exec('command -v curl')) die('skip curl is missing'); ?>
--FILE--
<?php
$file = sys_get_temp_dir() . '/sw_coserver_upload_' . getmypid() . '.txt';
file_put_contents($file, str_repeat("upload data\n", 1000));
$tmp = null;
Co\run(function () use ($file, &$tmp) {
    $s = new Co\Http\Server('127.0.0.1', 23770);
    $s->handle('/', function ($req, $resp) use (&$tmp) {
        $f = $req->files['f'] ?? null;
        if ($f) {
            $tmp = $f['tmp_name'];
            $same = file_get_contents($tmp) === str_repeat("upload data\n", 1000);
        }
        $resp->end(json_encode(['post' => $req->post, 'file' => $f ? [$f['name'], $f['size'], $f['error'], $same] : null]) . "\n");
    });
    go(function () use ($s, $file) {
        $u = 'http://127.0.0.1:23770/';
        $p = proc_open(['sh', '-c', "curl -s -d 'a=1&b[]=2' $u; curl -s -F x=y -F f=@$file $u"], [1 => ['pipe', 'w']], $pipes);
        stream_set_blocking($pipes[1], false);
        $out = '';
        while (!feof($pipes[1])) {
            Co::sleep(0.01);
            $out .= fread($pipes[1], 8192);
        }
        proc_close($p);
        echo $out;
        $s->shutdown();
    });
    $s->start();
});
var_dump(is_string($tmp) && !file_exists($tmp));
unlink($file);
?>
--EXPECTF--
{"post":{"a":"1","b":["2"]},"file":null}
{"post":{"x":"y"},"file":["sw_coserver_upload_%d.txt",12000,0,true]}
bool(true)
