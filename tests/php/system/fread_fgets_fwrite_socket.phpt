--TEST--
swoole system: fread/fgets/fwrite on sockets and pipes wait for readiness and keep the stream's buffer
--FILE--
<?php
use Swoole\Coroutine\System;
Co\run(function () {
    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    go(function () use ($b) {
        Co::sleep(0.02);
        echo "writer: first\n";
        fwrite($b, "hello\nwor");
        Co::sleep(0.02);
        echo "writer: second\n";
        fwrite($b, "ld\nx");
        Co::sleep(0.02);
        fwrite($b, "yz");
        fclose($b);
    });
    echo "reader waits\n";
    var_dump(System::fgets($a));   // reads "hello\nwor": "wor" stays in the stream's buffer
    var_dump(System::fgets($a));   // "wor" + "ld\n"
    var_dump(System::fread($a, 1)); // "x" (buffered)
    var_dump(System::fread($a));   // "yz" once it comes
    var_dump(System::fread($a), System::fgets($a), feof($a));
    fclose($a);

    // A large write to a socket nobody reads yet: the writer waits for room.
    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    $data = str_repeat('0123456789', 200000);
    go(function () use ($b, $data) {
        var_dump(System::fwrite($b, $data));
        fclose($b);
    });
    $got = '';
    while (($chunk = System::fread($a, 65536)) !== '' && $chunk !== false)
        $got .= $chunk;
    var_dump($got === $data);
    var_dump(stream_get_meta_data($a)['blocked']);  // the stream's mode is left as it was
    fclose($a);

    // A pipe from a child process.
    $p = proc_open(['sh', '-c', 'echo one; sleep 0.05; echo two'], [1 => ['pipe', 'w']], $pipes);
    var_dump(System::fgets($pipes[1]), System::fgets($pipes[1]), System::fgets($pipes[1]));
    fclose($pipes[1]);
    proc_close($p);
    var_dump(System::fwrite($a = fopen('php://memory', 'r+'), 'abc', 2));
});
?>
--EXPECT--
reader waits
writer: first
string(6) "hello
"
writer: second
string(6) "world
"
string(1) "x"
string(2) "yz"
string(0) ""
string(0) ""
bool(true)
int(2000000)
bool(true)
bool(true)
string(4) "one
"
string(4) "two
"
string(0) ""
int(2)
