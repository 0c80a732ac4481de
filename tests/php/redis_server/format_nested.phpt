--TEST--
redis_server: Server::format() of SET / MAP writes a nested array with string or non-sequential keys as a map (key, value, ...) and a list (0, 1, 2 ...) as a list, as Swoole does (its nested_map test): the keys are not lost
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=redis_server
--FILE--
<?php
use Swoole\Redis\Server;
function show($v) { echo $v === false ? "false" : json_encode($v), "\n"; }
show(Server::format(Server::SET, ['u', ['number' => 5, 'uuid' => 'u'], 5]));
show(Server::format(Server::MAP, ['uuid' => 'u', 'list' => [1, 5, 'u'], 'n' => 5]));
show(Server::format(Server::SET, [[3 => 'a', 7 => 'b'], ['x', 'y'], []]));
show(Server::format(Server::MAP, ['m' => ['k' => ['z' => null]]]));
?>
--EXPECT--
"*3\r\n$1\r\nu\r\n*4\r\n$6\r\nnumber\r\n$1\r\n5\r\n$4\r\nuuid\r\n$1\r\nu\r\n$1\r\n5\r\n"
"*6\r\n$4\r\nuuid\r\n$1\r\nu\r\n$4\r\nlist\r\n*3\r\n$1\r\n1\r\n$1\r\n5\r\n$1\r\nu\r\n$1\r\nn\r\n$1\r\n5\r\n"
"*3\r\n*4\r\n$1\r\n3\r\n$1\r\na\r\n$1\r\n7\r\n$1\r\nb\r\n*2\r\n$1\r\nx\r\n$1\r\ny\r\n*0\r\n"
"*2\r\n$1\r\nm\r\n*2\r\n$1\r\nk\r\n*2\r\n$1\r\nz\r\n$-1\r\n"
