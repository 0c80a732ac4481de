--TEST--
swoole event: bad descriptors, missing callbacks, double add, unknown fds
--FILE--
<?php
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
var_dump(Swoole\Event::add("not a stream", fn() => 1));
var_dump(Swoole\Event::add($a));
var_dump(Swoole\Event::add($a, null, null));
var_dump(Swoole\Event::add($a, fn() => 1) > 0);
var_dump(Swoole\Event::add($a, fn() => 1));
var_dump(Swoole\Event::del($b), Swoole\Event::write($b, "x"), Swoole\Event::set($b, fn() => 1));
try { Swoole\Event::add($b, 'no_such_function'); } catch (TypeError $e) { echo get_class($e), "\n"; }
var_dump(Swoole\Event::del($a));
Swoole\Event::wait();
echo "done\n";
?>
--EXPECTF--
Warning: Swoole\Event::add(): fd argument must be either valid PHP stream or valid PHP socket resource in %s on line %d
bool(false)

Warning: Swoole\Event::add(): both read and write callbacks are empty in %s on line %d
bool(false)

Warning: Swoole\Event::add(): both read and write callbacks are empty in %s on line %d
bool(false)
bool(true)

Warning: Swoole\Event::add(): fd [%d] has already been added to the event loop in %s on line %d
bool(false)

Warning: Swoole\Event::del(): socket[%d] is not found in the reactor in %s on line %d

Warning: Swoole\Event::write(): socket[%d] is not found in the reactor in %s on line %d

Warning: Swoole\Event::set(): socket[%d] is not found in the reactor in %s on line %d
bool(false)
bool(false)
bool(false)
TypeError
bool(true)
done
