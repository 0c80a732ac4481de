--TEST--
swoole cosocket: Coroutine\Client over TLS against `openssl s_server` (self-signed): no verification, verified with ssl_cafile and ssl_host_name, refused without the CA or with a wrong name, ssl_allow_self_signed, enableSSL after connect, getPeerCert/verifyPeerCert, Socket::sslHandshake
--INI--
pcre.jit=0
--SKIPIF--
<?php if (!shell_exec('command -v openssl')) die('skip openssl missing'); ?>
--FILE--
<?php
foreach (["AF_INET" => 2, "SOCK_STREAM" => 1] as $k => $v) defined($k) || define($k, $v);
use Swoole\Coroutine\Client;

$dir = sys_get_temp_dir() . '/swoole-cosock-tls-' . getmypid();
@mkdir($dir);
exec('openssl req -x509 -newkey rsa:2048 -nodes -keyout ' . escapeshellarg("$dir/key.pem") .
     ' -out ' . escapeshellarg("$dir/cert.pem") . ' -days 1 -subj /CN=localhost' .
     ' -addext subjectAltName=DNS:localhost 2>/dev/null', $out, $rc);
var_dump($rc);
// -rev: every line comes back reversed; connections are served one after the other
$proc = proc_open(['openssl', 's_server', '-accept', '127.0.0.1:0', '-cert', "$dir/cert.pem",
                   '-key', "$dir/key.pem", '-rev'], [1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
while (($line = fgets($pipes[1])) !== false && !preg_match('/ACCEPT .*:(\d+)/', $line, $m));
$port = (int)$m[1];

function attempt(int $port, array $set, int $type = SWOOLE_SOCK_TCP | SWOOLE_SSL): ?Client {
    $c = new Client($type);
    $c->set($set + ['timeout' => 5]);
    if (!$c->connect('127.0.0.1', $port)) {
        echo "connect failed: ", $c->errCode, " ", $c->errMsg, "\n";
        return null;
    }
    return $c;
}
function talk(Client $c, string $line) {
    $c->send("$line\n");
    $r = '';
    while (!str_contains($r, "\n") && ($d = $c->recv()) !== '' && $d !== false) $r .= $d;
    echo trim($r), "\n";
}

Co\run(function () use ($port, $dir) {
    $c = attempt($port, []);
    talk($c, "plain");
    var_dump(str_starts_with($c->getPeerCert(), "-----BEGIN CERTIFICATE-----"));
    var_dump($c->verifyPeerCert(), $c->errCode, $c->verifyPeerCert(true));
    $c->close();

    $c = attempt($port, ['ssl_verify_peer' => true, 'ssl_cafile' => "$dir/cert.pem", 'ssl_host_name' => 'localhost']);
    talk($c, "verified");
    var_dump($c->verifyPeerCert());
    $c->close();

    attempt($port, ['ssl_verify_peer' => true, 'ssl_host_name' => 'localhost']);
    attempt($port, ['ssl_verify_peer' => true, 'ssl_cafile' => "$dir/cert.pem", 'ssl_host_name' => 'wrong.example']);
    $c = attempt($port, ['ssl_verify_peer' => true, 'ssl_allow_self_signed' => true]);
    talk($c, "self-signed allowed");
    $c->close();

    // plain connect, then TLS
    $c = attempt($port, [], SWOOLE_SOCK_TCP);
    var_dump($c->getPeerCert(), $c->errCode);
    var_dump($c->enableSSL(), $c->enableSSL(), $c->errCode);
    talk($c, "upgraded");
    $c->close();

    // Socket with open_ssl: connect does the handshake; sslHandshake on a plain one
    $s = new Swoole\Coroutine\Socket(AF_INET, SOCK_STREAM, 0);
    $s->setProtocol(['open_ssl' => true]);
    var_dump($s->connect('127.0.0.1', $port, 5), $s->sendAll("socket\n"), $s->recvLine(100, 5));
    $s->close();
    $s = new Swoole\Coroutine\Socket(AF_INET, SOCK_STREAM, 0);
    $s->connect('127.0.0.1', $port, 5);
    var_dump($s->sslHandshake(), $s->sendAll("handshake\n"), $s->recvLine(100, 5));
    $s->close();
});
proc_terminate($proc);
proc_close($proc);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
int(0)
nialp
bool(true)
bool(false)
int(1014)
bool(true)
deifirev
bool(true)
connect failed: 1014 certificate verify failed: self%csigned certificate
connect failed: 1014 certificate verify failed: hostname mismatch
dewolla dengis-fles
bool(false)
int(509)
bool(true)
bool(false)
int(509)
dedargpu
bool(true)
int(7)
string(7) "tekcos
"
bool(true)
int(10)
string(10) "ekahsdnah
"
