--TEST--
swoole cosocket: Coroutine\Server with SSL (certificate from `openssl req`): a verifying Coroutine\Client, `openssl s_client`, and a plain client whose handshake fails
--SKIPIF--
<?php if (!shell_exec('command -v openssl')) die('skip openssl missing'); ?>
--FILE--
<?php
use Swoole\Coroutine\Server;
use Swoole\Coroutine\Client;

$dir = sys_get_temp_dir() . '/swoole-cosock-stls-' . getmypid();
@mkdir($dir);
exec('openssl req -x509 -newkey rsa:2048 -nodes -keyout ' . escapeshellarg("$dir/key.pem") .
     ' -out ' . escapeshellarg("$dir/cert.pem") . ' -days 1 -subj /CN=localhost' .
     ' -addext subjectAltName=DNS:localhost 2>/dev/null', $out, $rc);
var_dump($rc);

Co\run(function () use ($dir) {
    $server = new Server('127.0.0.1', 0, true);
    $server->set(['ssl_cert_file' => "$dir/cert.pem", 'ssl_key_file' => "$dir/key.pem"]);
    $server->handle(function ($conn) {
        $line = $conn->recv(30);
        if ($line === false) {
            echo "handler: recv failed, errCode ", $conn->exportSocket()->errCode, "\n";
            return;
        }
        $conn->send(strrev(trim($line)) . "\n");
    });
    go(function () use ($server, $dir) {
        $c = new Client(SWOOLE_SOCK_TCP | SWOOLE_SSL);
        $c->set(['ssl_verify_peer' => true, 'ssl_cafile' => "$dir/cert.pem", 'ssl_host_name' => 'localhost']);
        var_dump($c->connect('127.0.0.1', $server->port, 30));
        $c->send("secure\n");
        var_dump($c->recv(30));
        $c->close();

        $p = proc_open(['openssl', 's_client', '-connect', "127.0.0.1:{$server->port}", '-quiet',
                        '-verify_return_error', '-CAfile', "$dir/cert.pem", '-servername', 'localhost'],
                       [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
        fwrite($pipes[0], "from s_client\n");
        // s_client blocks: read it from a coroutine-friendly wait
        Swoole\Coroutine\System::waitEvent($pipes[1], SWOOLE_EVENT_READ, 30);
        echo "s_client got: ", fgets($pipes[1]);
        fclose($pipes[0]);
        proc_close($p);

        $c = new Client(SWOOLE_SOCK_TCP);   // no TLS: the server's handshake fails
        $c->connect('127.0.0.1', $server->port, 5);
        $c->send("GET / HTTP/1.0\r\n\r\n");
        $r = $c->recv(5);   // an alert, the end of the stream or a reset: never an answer
        var_dump($r === false || !str_contains($r, '/ TEG'));
        Co::sleep(0.05);
        $server->shutdown();
    });
    $server->start();
    echo "done\n";
});
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
int(0)
bool(true)
string(7) "eruces
"
s_client got: tneilc_s morf
handler: recv failed, errCode %d
bool(true)
done
