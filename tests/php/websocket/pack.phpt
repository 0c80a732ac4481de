--TEST--
websocket: Server::pack()/unpack() and Frame::pack()/unpack()/__toString (7/16/64-bit lengths, FIN and RSV flags, a masked frame, CloseFrame code and reason), unpack() of an incomplete or bad frame → false, bad arguments, constants' values, Frame and CloseFrame defaults, aliases
--SKIPIF--
<?php
if (!extension_loaded('swoole')) die('skip swoole not loaded');
?>
--INI--
swoole.plugins[0]=http
swoole.plugins[1]=websocket
--FILE--
<?php
use Swoole\WebSocket\{Server, Frame, CloseFrame};

echo bin2hex(Server::pack('hello')), "\n";
echo bin2hex(Server::pack('hi', WEBSOCKET_OPCODE_BINARY, 0)), "\n";
echo bin2hex(Server::pack('', WEBSOCKET_OPCODE_PING, SWOOLE_WEBSOCKET_FLAG_FIN | SWOOLE_WEBSOCKET_FLAG_RSV1)), "\n";
echo bin2hex(substr(Server::pack(str_repeat('a', 300)), 0, 4)), "\n";
echo bin2hex(substr(Server::pack(str_repeat('a', 70000)), 0, 10)), "\n";
foreach ([0, 125, 126, 65535, 65536] as $n) {
    $d = $n ? random_bytes($n) : "";
    $f = Server::unpack(Server::pack($d, WEBSOCKET_OPCODE_BINARY));
    echo "$n: ", $f->data === $d ? 'same' : 'differs', " op $f->opcode fin ", var_export($f->finish, true), "\n";
}
$m = Server::pack('masked data', WEBSOCKET_OPCODE_TEXT, SWOOLE_WEBSOCKET_FLAG_FIN | SWOOLE_WEBSOCKET_FLAG_MASK);
echo "masked bit: ", ord($m[1]) >> 7, " payload hidden: ", (int)!str_contains($m, 'masked data'), "\n";
var_dump(Server::unpack($m));
$c = new CloseFrame;
var_dump($c);
$c->code = 4000;
$c->reason = 'bye';
echo bin2hex((string)$c), "\n";
var_dump(Frame::unpack(Frame::pack($c)));
$f = new Frame;
$f->data = 'x';
$f->opcode = WEBSOCKET_OPCODE_BINARY;
$f->finish = false;
echo bin2hex((string)$f), " ", bin2hex(Server::pack($f)), "\n";
var_dump(Server::unpack(''), Server::unpack("\x81"), Server::unpack("\x81\x05hel"), Server::unpack("\x83\x00"));
try {
    Server::pack('x', 3);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    Server::pack(new stdClass);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(WEBSOCKET_OPCODE_CONTINUATION, WEBSOCKET_OPCODE_TEXT, WEBSOCKET_OPCODE_BINARY, WEBSOCKET_OPCODE_CLOSE,
         WEBSOCKET_OPCODE_PING, WEBSOCKET_OPCODE_PONG, SWOOLE_WEBSOCKET_OPCODE_PONG);
var_dump(WEBSOCKET_STATUS_CONNECTION, WEBSOCKET_STATUS_HANDSHAKE, WEBSOCKET_STATUS_ACTIVE, WEBSOCKET_STATUS_FRAME, WEBSOCKET_STATUS_CLOSING);
var_dump(SWOOLE_WEBSOCKET_FLAG_FIN, SWOOLE_WEBSOCKET_FLAG_COMPRESS, SWOOLE_WEBSOCKET_FLAG_RSV1, SWOOLE_WEBSOCKET_FLAG_RSV2,
         SWOOLE_WEBSOCKET_FLAG_RSV3, SWOOLE_WEBSOCKET_FLAG_MASK);
var_dump(WEBSOCKET_CLOSE_NORMAL, WEBSOCKET_CLOSE_PROTOCOL_ERROR, WEBSOCKET_CLOSE_MESSAGE_ERROR, WEBSOCKET_CLOSE_MESSAGE_TOO_BIG,
         SWOOLE_WEBSOCKET_CLOSE_NORMAL);
var_dump(new swoole_websocket_frame instanceof Frame, get_parent_class('swoole_websocket_server'));
?>
--EXPECT--
810568656c6c6f
02026869
c900
817e012c
817f0000000000011170
0: same op 2 fin true
125: same op 2 fin true
126: same op 2 fin true
65535: same op 2 fin true
65536: same op 2 fin true
masked bit: 1 payload hidden: 1
object(Swoole\WebSocket\Frame)#2 (5) {
  ["fd"]=>
  int(0)
  ["data"]=>
  string(11) "masked data"
  ["opcode"]=>
  int(1)
  ["flags"]=>
  int(33)
  ["finish"]=>
  bool(true)
}
object(Swoole\WebSocket\CloseFrame)#2 (7) {
  ["fd"]=>
  int(0)
  ["data"]=>
  string(0) ""
  ["opcode"]=>
  int(8)
  ["flags"]=>
  int(1)
  ["finish"]=>
  bool(true)
  ["code"]=>
  int(1000)
  ["reason"]=>
  string(0) ""
}
88050fa0627965
object(Swoole\WebSocket\CloseFrame)#3 (7) {
  ["fd"]=>
  int(0)
  ["data"]=>
  string(0) ""
  ["opcode"]=>
  int(8)
  ["flags"]=>
  int(1)
  ["finish"]=>
  bool(true)
  ["code"]=>
  int(4000)
  ["reason"]=>
  string(3) "bye"
}
020178 020178
bool(false)
bool(false)
bool(false)
bool(false)
ValueError: Swoole\WebSocket\Server::pack(): Argument #2 ($opcode) must be a WEBSOCKET_OPCODE_* value
TypeError: Swoole\WebSocket\Server::pack(): Argument #1 ($data) must be of type Swoole\WebSocket\Frame|string, stdClass given
int(0)
int(1)
int(2)
int(8)
int(9)
int(10)
int(10)
int(1)
int(2)
int(3)
int(3)
int(4)
int(1)
int(2)
int(4)
int(8)
int(16)
int(32)
int(1000)
int(1002)
int(1007)
int(1009)
int(1000)
bool(true)
string(18) "Swoole\Http\Server"