--TEST--
Swoole\Coroutine\Redis against a fake server (a coroutine socket on 127.0.0.1:24220): it vanishes in the middle of a bulk reply (false, errType 3, closed), sends bytes that are not RESP (false, errType 4 protocol error), replies in pieces one byte at a time (parsed whole), sends an error reply then a reply to a second command (per-command results); deferred commands reach it in one write; nested arrays with nil elements; a protocol error inside an array (the half-built reply is dropped)
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

Co\run(function () {
    $srv = new Swoole\Coroutine\Socket(2, 1, 0)   /* AF_INET, SOCK_STREAM */;
    $srv->bind('127.0.0.1', 24220);
    $srv->listen(16);
    /* each connection gets one scripted answer per command it sends */
    $answers = [
        ["\$10\r\nabc"],                        /* then closes: vanished mid-reply */
        ["!bogus\r\n"],                         /* not RESP */
        ["*2\r\n\$5\r\nhello\r\n:42\r\n", "-ERR fake error\r\n", "+OK\r\n"],
        ['count'],                              /* how many commands came in one read */
        ["*4\r\n*2\r\n:1\r\n*1\r\n\$1\r\nx\r\n\$-1\r\n*-1\r\n+QUEUED\r\n",
         "*3\r\n:1\r\n\$3\r\nabc\r\n!x\r\n"],       /* nested; then bad bytes inside an array */
    ];
    go(function () use ($srv, $answers) {
        foreach ($answers as $i => $script) {
            $c = $srv->accept();
            foreach ($script as $answer) {
                if (($got = $c->recv(65536, 5)) === '')
                    break;
                if ($answer === 'count') {
                    $n = preg_match_all('/^\*\d+\r$/m', $got);
                    $c->send(":$n\r\n:2\r\n:3\r\n");
                } elseif ($i == 2 && $answer[0] === '*') {
                    foreach (str_split($answer) as $byte) {   /* one byte at a time */
                        $c->send($byte);
                        Co::sleep(0.001);
                    }
                } else {
                    $c->send($answer);
                }
            }
            $c->close();
        }
    });
    $r = new Swoole\Coroutine\Redis(['timeout' => 5, 'reconnect' => 0]);
    var_dump($r->connect('127.0.0.1', 24220));
    state('vanished mid-reply', $r, $r->get('k'));
    var_dump($r->connect('127.0.0.1', 24220));
    state('not RESP', $r, $r->get('k'));
    var_dump($r->connect('127.0.0.1', 24220));
    state('in pieces', $r, $r->request(['ANY']));
    state('error reply', $r, $r->get('k'));
    state('then OK', $r, $r->set('k', 'v'));
    /* defer mode: the three commands leave in one write when recv() wants a reply */
    $r->close();
    var_dump($r->connect('127.0.0.1', 24220), $r->setDefer(true), $r->get('a'));
    Co::sleep(0.05);   /* the server would see the first one alone if it had been written */
    var_dump($r->get('b'), $r->get('c'));
    var_dump($r->recv(), $r->recv(), $r->recv());
    $r->close();
    $r->setDefer(false);
    var_dump($r->connect('127.0.0.1', 24220));
    state('nested', $r, $r->request(['ANY']));
    state('broken inside an array', $r, $r->request(['ANY']));
    $srv->close();
});
?>
--EXPECT--
bool(true)
vanished mid-reply: false errType=3 errCode=104 errMsg="Server closed the connection" connected=false
bool(true)
not RESP: false errType=4 errCode=71 errMsg="Protocol error, got "!" as reply type byte" connected=false
bool(true)
in pieces: array (
  0 => 'hello',
  1 => 42,
) errType=0 errCode=0 errMsg="" connected=true
error reply: false errType=2 errCode=22 errMsg="ERR fake error" connected=true
then OK: true errType=0 errCode=0 errMsg="" connected=true
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(3)
int(2)
int(3)
bool(true)
nested: array (
  0 => 
  array (
    0 => 1,
    1 => 
    array (
      0 => 'x',
    ),
  ),
  1 => NULL,
  2 => NULL,
  3 => 0,
) errType=0 errCode=0 errMsg="" connected=true
broken inside an array: false errType=4 errCode=71 errMsg="Protocol error, got "!" as reply type byte" connected=false
