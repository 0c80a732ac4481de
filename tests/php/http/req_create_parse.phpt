--TEST--
http: Swoole\Http\Request::create() and parse() outside a server — complete requests, bad and incomplete input, parse() twice
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=http
pcre.jit=0
--FILE--
<?php
$r = Swoole\Http\Request::create();
var_dump(get_class($r), $r->isCompleted(), $r->getMethod(), $r->getContent(), $r->getData());
$data = "POST /p?a=1&b[]=2 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nX-Y: z\r\n\r\nabcGET /next HTTP/1.1\r\n\r\n";
var_dump($r->parse($data), $r->isCompleted(), $r->getMethod(), $r->header, $r->get, $r->getContent());
var_dump($r->parse($data));
foreach (["GET / HTTP/1.1\r\nHost: h\r\n", "garbage\r\n\r\n", "", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc",
          "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"] as $in) {
    $r = Swoole\Http\Request::create(['parse_cookie' => false]);
    var_dump($r->parse($in), $r->isCompleted());
}
?>
--EXPECTF--
string(19) "Swoole\Http\Request"
bool(false)
bool(false)
bool(false)
bool(false)
int(69)
bool(true)
string(4) "POST"
array(3) {
  ["host"]=>
  string(1) "h"
  ["content-length"]=>
  string(1) "3"
  ["x-y"]=>
  string(1) "z"
}
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  array(1) {
    [0]=>
    string(1) "2"
  }
}
string(3) "abc"

Warning: Swoole\Http\Request::parse(): the request is already complete in %s on line %d
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
