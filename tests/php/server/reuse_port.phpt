--TEST--
Swoole\Server: enable_reuse_port gives each worker its own listening socket; connections reach both workers; a restarted worker binds again
--FILE--
<?php
$s = new Swoole\Server('127.0.0.1', 0);
$s->set(['worker_num' => 2, 'enable_reuse_port' => true, 'log_level' => SWOOLE_LOG_ERROR]);
$s->on('managerStart', function ($s) {
    $port = $s->port;
    $GLOBALS['child'] = proc_open([PHP_BINARY, '-n', '-r', <<<PHP
        \$pids = [];
        for (\$round = 0; \$round < 2; \$round++) {
            \$seen = [];
            for (\$i = 0; \$i < 60 && count(\$seen) < 2; \$i++) {
                \$c = null;
                for (\$t = 0; \$t < 100 && !\$c; \$t++) { \$c = @stream_socket_client("tcp://127.0.0.1:$port", \$en, \$es, 2); if (!\$c) usleep(50000); }
                fwrite(\$c, 'pid');
                \$r = fread(\$c, 100);
                fclose(\$c);
                if (\$r !== '' && \$r !== false) \$seen[(int)\$r] = true;
            }
            echo "round \$round: both workers answered: ", var_export(count(\$seen) === 2, true), "\\n";
            \$hex = sprintf(':%04X ', $port);
            \$listening = 0;
            foreach (file('/proc/net/tcp') as \$line) {
                \$f = preg_split('/\\s+/', trim(\$line));
                if (isset(\$f[3]) && \$f[3] === '0A' && str_ends_with(\$f[1], trim(\$hex))) \$listening++;
            }
            echo "round \$round: listening sockets on the port: \$listening\\n";
            if (\$round === 0) { exec('kill -9 ' . array_key_first(\$seen)); usleep(300000); }
        }
        \$c = stream_socket_client("tcp://127.0.0.1:$port", \$en, \$es, 2);
        fwrite(\$c, 'stop');
        fread(\$c, 10);
        PHP], [1 => STDOUT, 2 => STDERR], $pipes);
});
$s->on('receive', function ($s, $fd, $rid, $data) {
    if ($data === 'stop') { $s->send($fd, 'ok'); $s->shutdown(); return; }
    $s->send($fd, (string) getmypid());
});
$s->on('workerError', function ($s, $id, $pid, $code, $sig) { echo "worker killed by signal $sig\n"; });
var_dump($s->start());
proc_close($GLOBALS['child']);
?>
--EXPECTF--
round 0: both workers answered: true
round 0: listening sockets on the port: 2
worker killed by signal 9
round 1: both workers answered: true
round 1: listening sockets on the port: 2
bool(true)
