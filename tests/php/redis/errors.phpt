--TEST--
Swoole\Coroutine\Redis: wrong PHP types give TypeError (methods and connect), wrong argument counts ArgumentCountError; a never-connected client and a closed one with reconnect 0 answer false with errType 6; use outside a coroutine throws Swoole\Error; empty host, bad port, unknown host, missing Unix socket fail cleanly; a value that cannot be serialized sends nothing
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';

function state(string $what, Swoole\Coroutine\Redis $r, $ret): void
{
    echo "$what: ", var_export($ret, true), " errType={$r->errType} errCode={$r->errCode} errMsg=\"{$r->errMsg}\" connected=",
         var_export($r->connected, true), "\n";
}

function attempt(string $what, callable $f): void
{
    try {
        $ret = $f();
        echo "$what: ", var_export($ret, true), "\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$r = new Swoole\Coroutine\Redis;
attempt('outside a coroutine', fn() => $r->get('k'));
attempt('connect outside', fn() => $r->connect(rd_host(), rd_port()));

Co\run(function () {
    $n = new Swoole\Coroutine\Redis;
    state('never connected get', $n, $n->get('k'));
    state('never connected close', $n, $n->close());
    state('never connected recv', $n, $n->recv());
    var_dump($n->getDBNum(), $n->getAuth());

    $r = rd_connect(['reconnect' => 0]);
    $k = rd_key('k');
    attempt('get(array)', fn() => $r->get([]));
    attempt('set(array key)', fn() => $r->set([], 1));
    attempt('incrBy(non-numeric)', fn() => $r->incrBy($k, 'x'));
    attempt('zRange(non-numeric)', fn() => $r->zRange($k, 'a', 1));
    attempt('hMSet(string)', fn() => $r->hMSet($k, 'x'));
    attempt('set(options object)', fn() => $r->set($k, 'v', new stdClass));
    attempt('get()', fn() => $r->get());
    attempt('get(1, 2)', fn() => $r->get($k, 2));
    attempt('del()', fn() => $r->del());
    attempt('connect(array)', fn() => $r->connect([]));
    attempt('subscribe(string)', fn() => $r->subscribe('ch'));
    attempt('setOptions(string)', fn() => $r->setOptions('x'));
    attempt('new with string', fn() => new Swoole\Coroutine\Redis('x'));
    attempt('int key is fine', fn() => $r->set(12345, 'int key') && $r->get(12345) === 'int key' && $r->del(12345));
    attempt('request([])', fn() => $r->request([]));
    attempt('mGet([])', fn() => $r->mGet([]));
    var_dump($r->errMsg);
    /* serialize on, a value PHP refuses to serialize: the exception, nothing sent */
    $r->setOptions(['serialize' => true]);
    attempt('serialize a closure', fn() => $r->set($k, function () {}));
    var_dump($r->exists($k));
    $r->setOptions(['serialize' => false]);

    var_dump($r->close());
    state('closed, reconnect 0', $r, $r->get('k'));
    state('closed recv', $r, $r->recv());

    $b = new Swoole\Coroutine\Redis;
    state('empty host', $b, $b->connect(''));
    state('bad port', $b, $b->connect('127.0.0.1', 70000));
    state('no such unix socket', $b, $b->connect('unix:/nonexistent/redis.sock'));
    $b->connect('no-such-host.invalid', 6379);
    echo "unknown host: errType={$b->errType} errCode={$b->errCode} connected=", var_export($b->connected, true), "\n";
});
?>
--EXPECT--
outside a coroutine: Swoole\Error: API must be called in the coroutine: Swoole\Coroutine\Redis
connect outside: Swoole\Error: API must be called in the coroutine: Swoole\Coroutine\Redis
never connected get: false errType=6 errCode=0 errMsg="connection is not available" connected=false
never connected close: false errType=6 errCode=0 errMsg="connection is not available" connected=false
never connected recv: false errType=6 errCode=0 errMsg="connection is not available" connected=false
bool(false)
bool(false)
get(array): TypeError: Swoole\Coroutine\Redis::get(): Argument #1 ($key) must be of type string, array given
set(array key): TypeError: Swoole\Coroutine\Redis::set(): Argument #1 ($key) must be of type string, array given
incrBy(non-numeric): TypeError: Swoole\Coroutine\Redis::incrBy(): Argument #2 ($value) must be of type int, string given
zRange(non-numeric): TypeError: Swoole\Coroutine\Redis::zRange(): Argument #2 ($start) must be of type int, string given
hMSet(string): TypeError: Swoole\Coroutine\Redis::hMSet(): Argument #2 ($pairs) must be of type array, string given
set(options object): TypeError: Swoole\Coroutine\Redis::set(): Argument #3 ($options) must be of type array|int|null, stdClass given
get(): ArgumentCountError: Swoole\Coroutine\Redis::get() expects exactly 1 argument, 0 given
get(1, 2): ArgumentCountError: Swoole\Coroutine\Redis::get() expects exactly 1 argument, 2 given
del(): ArgumentCountError: Swoole\Coroutine\Redis::del() expects at least 1 argument, 0 given
connect(array): TypeError: Swoole\Coroutine\Redis::connect(): Argument #1 ($host) must be of type string, array given
subscribe(string): TypeError: Swoole\Coroutine\Redis::subscribe(): Argument #1 ($channels) must be of type array, string given
setOptions(string): TypeError: Swoole\Coroutine\Redis::setOptions(): Argument #1 ($options) must be of type array, string given
new with string: TypeError: Swoole\Coroutine\Redis::__construct(): Argument #1 ($config) must be of type array, string given
int key is fine: true
request([]): false
mGet([]): false
string(45) "request() needs the command and its arguments"
serialize a closure: Exception: Serialization of 'Closure' is not allowed
int(0)
bool(true)
closed, reconnect 0: false errType=6 errCode=0 errMsg="connection is not available" connected=false
closed recv: false errType=6 errCode=0 errMsg="connection is not available" connected=false
empty host: false errType=2 errCode=22 errMsg="The host is empty" connected=false
bad port: false errType=2 errCode=22 errMsg="The port 70000 is invalid" connected=false
no such unix socket: false errType=1 errCode=2 errMsg="No such file or directory" connected=false
unknown host: errType=2 errCode=711 connected=false
