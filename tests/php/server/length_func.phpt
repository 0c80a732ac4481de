--TEST--
Swoole\Server: package_length_func frames packets (whole length, 0 for more, < 0 closes), split and joined writes, package_max_length still applies
--FILE--
<?php
$s = new Swoole\Server('127.0.0.1', 0);
$s->set([
    'worker_num' => 1,
    'log_level' => SWOOLE_LOG_ERROR,
    'open_length_check' => true,
    'package_max_length' => 1000,
    /* "<decimal length of the body>:<body>" */
    'package_length_func' => function (string $data): int {
        $colon = strpos($data, ':');
        if ($colon === false)
            return strlen($data) > 8 ? -1 : 0;
        if (!preg_match('/^[0-9]+$/', substr($data, 0, $colon)))
            return -1;
        return $colon + 1 + (int) substr($data, 0, $colon);
    },
]);
$s->on('managerStart', function () {});
$s->on('workerStart', function ($s) {
    $port = $s->port;
    $GLOBALS['child'] = proc_open([PHP_BINARY, '-n', '-r', <<<PHP
        \$c = stream_socket_client("tcp://127.0.0.1:$port", \$en, \$es, 5);
        fwrite(\$c, '5:hel'); usleep(100000); fwrite(\$c, 'lo3:abc2:x');
        usleep(100000); fwrite(\$c, 'y');
        for (\$got = ''; substr_count(\$got, ';') < 3; ) \$got .= fread(\$c, 100);
        echo "replies: \$got\\n";
        fwrite(\$c, 'zz:oops');
        echo "bad header closes: ", var_export(fread(\$c, 100) === '', true), "\\n";
        \$c = stream_socket_client("tcp://127.0.0.1:$port", \$en, \$es, 5);
        fwrite(\$c, '5000:' . str_repeat('x', 100));
        echo "over package_max_length closes: ", var_export(fread(\$c, 100) === '', true), "\\n";
        \$c = stream_socket_client("tcp://127.0.0.1:$port", \$en, \$es, 5);
        fwrite(\$c, '4:stop');
        fread(\$c, 10);
        PHP], [1 => STDOUT, 2 => STDERR], $pipes);
});
$s->on('receive', function ($s, $fd, $rid, $data) {
    if ($data === '4:stop') { $s->send($fd, 'ok'); $s->shutdown(); return; }
    $s->send($fd, "[$data];");
});
var_dump($s->start());
proc_close($GLOBALS['child']);
?>
--EXPECT--
replies: [5:hello];[3:abc];[2:xy];
bad header closes: true
over package_max_length closes: true
bool(true)
