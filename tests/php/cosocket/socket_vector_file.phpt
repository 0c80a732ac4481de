--TEST--
swoole cosocket: Socket sendFile (offset, length, whole file, missing file), writeVector/writeVectorAll, readVector/readVectorAll
--FILE--
<?php
use Swoole\Coroutine\Socket;
$file = sys_get_temp_dir() . '/swoole-cosock-file-' . getmypid();
file_put_contents($file, str_repeat('0123456789', 30000));   // 300000 bytes
Co\run(function () use ($file) {
    $srv = new Socket(2, 1, 0);
    $srv->bind('127.0.0.1', 0);
    $srv->listen();
    $a = new Socket(2, 1, 0);
    $a->connect('127.0.0.1', $srv->getsockname()['port']);
    $b = $srv->accept();

    var_dump($a->sendFile($file, 3, 4), $b->recvAll(4, 1));
    go(function () use ($a, $file) { var_dump($a->sendFile($file)); });
    $all = $b->recvAll(300000, 5);
    var_dump(strlen($all), md5($all) === md5_file($file));
    var_dump($a->sendFile($file . '.missing'), $a->errCode);

    var_dump($a->writeVectorAll(['ab', 'cde', 'f']));
    var_dump($b->readVectorAll([1, 2, 3], 1));
    var_dump($a->writeVector(['xyz']), $b->readVector([2, 5], 1));
    try {
        $b->readVector([1, -1]);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    $a->close();
    var_dump($b->readVectorAll([4], 1));
});
unlink($file);
?>
--EXPECTF--
bool(true)
string(4) "3456"
bool(true)
int(300000)
bool(true)
bool(false)
int(2)
int(6)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(2) "bc"
  [2]=>
  string(3) "def"
}
int(3)
array(2) {
  [0]=>
  string(2) "xy"
  [1]=>
  string(1) "z"
}
Swoole\Coroutine\Socket::readVector(): Argument #1 ($io_vector) must be an array of positive integers
array(0) {
}
