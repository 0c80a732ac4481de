--TEST--
redis_server: Server::format() of every type gives the exact RESP bytes; missing or wrong values warn and give false
--SKIPIF--
<?php if (!extension_loaded('swoole')) die('skip swoole not loaded'); ?>
--INI--
swoole.plugins[]=redis_server
--FILE--
<?php
use Swoole\Redis\Server;
function show($v) { echo $v === false ? "false" : json_encode($v), "\n"; }
echo "constants: ", Server::ERROR, Server::NIL, Server::STATUS, Server::INT, Server::STRING,
     Server::SET, Server::MAP, "\n";
show(Server::format(Server::NIL));
show(Server::format(Server::NIL, 'ignored'));
show(Server::format(Server::ERROR));
show(Server::format(Server::ERROR, 'WRONGTYPE Operation against a key'));
show(Server::format(Server::ERROR, "line\r\nbreak"));
show(Server::format(Server::STATUS));
show(Server::format(Server::STATUS, 'PONG'));
show(Server::format(Server::STATUS, null));
show(Server::format(Server::INT, 42));
show(Server::format(Server::INT, -7));
show(Server::format(Server::INT, PHP_INT_MAX));
show(Server::format(Server::INT, '12abc'));
show(Server::format(Server::STRING, 'hello'));
show(Server::format(Server::STRING, ''));
show(Server::format(Server::STRING, "bin\r\n\0ary"));
show(Server::format(Server::STRING, 3.5));
show(Server::format(Server::SET, []));
show(Server::format(Server::SET, ['a', 'bc', 12, null, ['x', ['y']]]));
show(Server::format(Server::MAP, ['k' => 'v', 7 => 'seven', 'n' => null]));
show(Server::format(Server::MAP, []));
echo "-- errors\n";
show(Server::format(Server::INT));
show(Server::format(Server::STRING));
show(Server::format(Server::SET));
show(Server::format(Server::MAP, null));
show(Server::format(Server::SET, 'notarray'));
show(Server::format(Server::MAP, 5));
show(Server::format(Server::STRING, ['a']));
show(Server::format(Server::INT, []));
show(Server::format(Server::STATUS, ['a']));
show(Server::format(99, 'x'));
show(Server::format(-1));
$deep = 'x';
for ($i = 0; $i < 70; $i++)
    $deep = [$deep];
show(Server::format(Server::SET, $deep));
try {
    Server::format(Server::STRING, new stdClass);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    Server::format('nope');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECTF--
constants: 0123456
"$-1\r\n"
"$-1\r\n"
"-ERR\r\n"
"-WRONGTYPE Operation against a key\r\n"
"-line  break\r\n"
"+OK\r\n"
"+PONG\r\n"
"+OK\r\n"
":42\r\n"
":-7\r\n"
":9223372036854775807\r\n"
":12\r\n"
"$5\r\nhello\r\n"
"$0\r\n\r\n"
"$9\r\nbin\r\n\u0000ary\r\n"
"$3\r\n3.5\r\n"
"*0\r\n"
"*5\r\n$1\r\na\r\n$2\r\nbc\r\n$2\r\n12\r\n$-1\r\n*2\r\n$1\r\nx\r\n*1\r\n$1\r\ny\r\n"
"*6\r\n$1\r\nk\r\n$1\r\nv\r\n$1\r\n7\r\n$5\r\nseven\r\n$1\r\nn\r\n$-1\r\n"
"*0\r\n"
-- errors

Warning: Swoole\Redis\Server::format(): INT requires a value in %s on line %d
false

Warning: Swoole\Redis\Server::format(): STRING requires a value in %s on line %d
false

Warning: Swoole\Redis\Server::format(): SET requires a value in %s on line %d
false

Warning: Swoole\Redis\Server::format(): MAP requires a value in %s on line %d
false

Warning: Swoole\Redis\Server::format(): the value of SET must be an array in %s on line %d
false

Warning: Swoole\Redis\Server::format(): the value of MAP must be an array in %s on line %d
false

Warning: Swoole\Redis\Server::format(): the value of STRING must be a string in %s on line %d
false

Warning: Swoole\Redis\Server::format(): the value of INT must be an integer in %s on line %d
false

Warning: Swoole\Redis\Server::format(): the value of STATUS must be a string in %s on line %d
false

Warning: Swoole\Redis\Server::format(): unknown type 99 in %s on line %d
false

Warning: Swoole\Redis\Server::format(): unknown type -1 in %s on line %d
false

Warning: Swoole\Redis\Server::format(): arrays nested more than 64 deep in %s on line %d
false
Error: Object of class stdClass could not be converted to string
TypeError: Swoole\Redis\Server::format(): Argument #1 ($type) must be of type int, string given
