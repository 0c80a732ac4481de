--TEST--
swoole cosocket: recvPacket with length and EOF framing against a python3 peer that sends packets split and glued; package_max_length; the peer closing mid-packet
--SKIPIF--
<?php if (!is_executable('/usr/bin/python3') && !shell_exec('command -v python3')) die('skip python3 missing'); ?>
--FILE--
<?php
foreach (["AF_INET" => 2, "SOCK_STREAM" => 1] as $k => $v) defined($k) || define($k, $v);
use Swoole\Coroutine\Socket;

// The peer: accepts one connection, sends the chunks (hex) with a pause between them.
$py = <<<'PY'
import socket, sys, time
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)
print(s.getsockname()[1], flush=True)
c, _ = s.accept()
for chunk in sys.argv[1:]:
    c.sendall(bytes.fromhex(chunk)); time.sleep(0.03)
c.close()
PY;

function peer(string $py, array $chunks, &$proc): int {
    $proc = proc_open(array_merge(['python3', '-c', $py], array_map('bin2hex', $chunks)),
                      [1 => ['pipe', 'w']], $pipes);
    return (int)fgets($pipes[1]);
}

Co\run(function () use ($py) {
    // length framing: 'N' length at offset 0, body after 4 bytes
    $p1 = pack('N', 5) . 'hello';
    $p2 = pack('N', 3) . 'abc';
    $p3 = pack('N', 6) . 'world!';
    $port = peer($py, [substr($p1, 0, 2), substr($p1, 2) . $p2 . substr($p3, 0, 5), substr($p3, 5)], $proc);
    $s = new Socket(AF_INET, SOCK_STREAM, 0);
    var_dump($s->setProtocol(['open_length_check' => true, 'package_length_type' => 'N',
                              'package_length_offset' => 0, 'package_body_offset' => 4]));
    var_dump($s->connect('127.0.0.1', $port, 2));
    for ($i = 0; $i < 4; $i++) {
        $pkt = $s->recvPacket(2);
        var_dump($pkt === false ? false : substr($pkt, 4));
    }
    proc_close($proc);

    // EOF framing: packets end with "\r\n\r\n", glued and split across reads
    $port = peer($py, ["one\r\n\r\ntw", "o\r\n", "\r\nthree\r\n\r\nrest"], $proc);
    $s = new Socket(AF_INET, SOCK_STREAM, 0);
    $s->setProtocol(['open_eof_check' => true, 'package_eof' => "\r\n\r\n"]);
    $s->connect('127.0.0.1', $port, 2);
    for ($i = 0; $i < 4; $i++)
        var_dump($s->recvPacket(2));
    proc_close($proc);

    // a length above package_max_length is refused; a packet cut by the close gives ""
    $port = peer($py, [pack('n', 5000) . 'x', pack('n', 10) . 'abc'], $proc);
    $s = new Socket(AF_INET, SOCK_STREAM, 0);
    $s->setProtocol(['open_length_check' => true, 'package_length_type' => 'n',
                     'package_body_offset' => 2, 'package_max_length' => 1024]);
    $s->connect('127.0.0.1', $port, 2);
    var_dump($s->recvPacket(2), $s->errCode, $s->errMsg);
    proc_close($proc);

    $port = peer($py, [pack('n', 10) . 'abc'], $proc);
    $s = new Socket(AF_INET, SOCK_STREAM, 0);
    $s->setProtocol(['open_length_check' => true, 'package_length_type' => 'n', 'package_body_offset' => 2]);
    $s->connect('127.0.0.1', $port, 2);
    var_dump($s->recvPacket(2), $s->errCode);
    proc_close($proc);

    // bad settings
    try {
        $s->setProtocol(['package_length_type' => 'x']);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
});
?>
--EXPECT--
bool(true)
bool(true)
string(5) "hello"
string(3) "abc"
string(6) "world!"
string(0) ""
string(7) "one

"
string(7) "two

"
string(9) "three

"
string(0) ""
bool(false)
int(508)
string(50) "packet length 5002 exceeds package_max_length 1024"
string(0) ""
int(0)
package_length_type must be one of c, C, s, S, n, v, l, L, N, V, q, Q, J, P
