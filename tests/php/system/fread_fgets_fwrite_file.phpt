--TEST--
swoole system: fread/fgets/fwrite on a regular file share the stream's buffer and position
--FILE--
<?php
use Swoole\Coroutine\System;
$f = sys_get_temp_dir() . '/swoole_sys_ffile_' . getmypid();
Co\run(function () use ($f) {
    $h = fopen($f, 'w+');
    var_dump(System::fwrite($h, "alpha\nbeta\ngamma\n"));
    var_dump(Co::fwrite($h, "delta-ignored", 5), ftell($h));
    fwrite($h, "\nlast line without newline");
    rewind($h);
    var_dump(System::fgets($h));           // from the fd, fd left right after the '\n'
    var_dump(fgets($h));                   // PHP's own fgets goes on from there
    var_dump(System::fgets($h), ftell($h));
    var_dump(fread($h, 2));                // PHP buffers the rest of the file
    var_dump(System::fgets($h));           // served from that buffer
    var_dump(System::fread($h, 4), ftell($h));
    var_dump(System::fread($h), feof($h));
    var_dump(System::fread($h), System::fgets($h));
    fseek($h, 6);
    var_dump(Co::fread($h, 4));
    // A line longer than the stream's chunk size comes in chunk-size pieces.
    ftruncate($h, 0);
    rewind($h);
    fwrite($h, str_repeat('a', 10000) . "\nnext\n");
    rewind($h);
    var_dump(strlen(System::fgets($h)), strlen(System::fgets($h)), System::fgets($h));
    rewind($h);
    stream_set_chunk_size($h, 100);
    fread($h, 1);                          // 99 bytes stay buffered
    var_dump(strlen(System::fgets($h)));
    fclose($h);
    $h = fopen($f, 'r');
    try {
        var_dump(System::fwrite($h, 'x'));
    } catch (Throwable $e) {
        echo get_class($e), "\n";
    }
    fclose($h);
    try {
        System::fread($h);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
    // Streams without an fd use the stream API directly.
    $m = fopen('php://memory', 'w+');
    var_dump(System::fwrite($m, "one\ntwo\n"));
    rewind($m);
    var_dump(System::fgets($m), System::fread($m));
});
@unlink($f);
?>
--EXPECTF--
int(17)
int(5)
int(22)
string(6) "alpha
"
string(5) "beta
"
string(6) "gamma
"
int(17)
string(2) "de"
string(4) "lta
"
string(4) "last"
int(27)
string(21) " line without newline"
bool(true)
string(0) ""
string(0) ""
string(4) "beta"
int(8192)
int(1809)
string(5) "next
"
int(100)

Warning: Swoole\Coroutine\System::fwrite(): System::fwrite() failed: Bad file descriptor in %s on line %d
bool(false)
Swoole\Coroutine\System::fread(): supplied resource is not a valid stream resource
int(8)
string(4) "one
"
string(4) "two
"
