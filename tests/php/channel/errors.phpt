--TEST--
swoole channel: outside a coroutine, clone, serialize, capacity, aliases
--FILE--
<?php
$chan = new Swoole\Coroutine\Channel(0);
var_dump($chan->capacity);
try { $chan->push(1); } catch (Swoole\Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $chan->pop(); } catch (Swoole\Error $e) { echo $e->getMessage(), "\n"; }
try { clone $chan; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { serialize($chan); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump(new Co\Channel(3) instanceof chan, (new chan(1000000000))->capacity);
try { new chan(PHP_INT_MAX); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(SWOOLE_CHANNEL_OK, SWOOLE_CHANNEL_TIMEOUT, SWOOLE_CHANNEL_CLOSED, SWOOLE_CHANNEL_CANCELED);
?>
--EXPECT--
int(1)
Swoole\Error: API must be called in the coroutine: Channel::push()
API must be called in the coroutine: Channel::pop()
Trying to clone an uncloneable object of class Swoole\Coroutine\Channel
Serialization of 'Swoole\Coroutine\Channel' is not allowed
bool(true)
int(1000000000)
Swoole\Coroutine\Channel::__construct(): Argument #1 ($size) must be less than or equal to 2147483647
int(0)
int(-1)
int(-2)
int(-3)
