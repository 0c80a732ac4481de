--TEST--
seed 003 §1.3.14 协程：Go + Chan + Defer (协程通信): one coroutine pops the results two HTTP coroutines push
--SKIPIF--
<?php
if (!class_exists('Swoole\Coroutine\Http\Client')) die('skip Swoole\Coroutine\Http\Client not implemented yet');
if (!getenv('SWOOLE_TEST_INTERNET')) die('skip needs the internet (www.qq.com, www.163.com): set SWOOLE_TEST_INTERNET=1');
?>
--FILE--
<?php
$chan = new chan(2);
// 协程1
go(function () use ($chan) {
    $result = [];
    for($i = 0; $i < 2; $i++) {
        $result += $chan->pop();
    }
    var_dump($result);
});
// 协程2
go(function () use ($chan) {
    $cli = new Swoole\Coroutine\Http\Client('www.qq.com', 80);
    $cli->set(['timeout' => 10]);
    $cli->setHeaders([
        'Host' => 'www.qq.com',
        'User-Agent' => 'Chrome/49.0.2587.3',
        'Accept' => 'text/html,application/xhtml+xml,application/xml',
        'Accept-Encoding' => 'gzip',
    ]);
    $ret = $cli->get('/');
    // $cli->body 响应内容过大，这里用Http状态码作为测试
    $chan->push(['www.qq.com' => $cli->statusCode]);
});
// 协程3
go(function () use ($chan) {
    $cli = new Swoole\Coroutine\Http\Client('www.163.com', 80);
    $cli->set(['timeout' => 10]);
    $cli->setHeaders([
        'Host' => 'www.163.com',
        'User-Agent' => 'Chrome/49.0.2587.3',
        'Accept' => 'text/html,application/xhtml+xml,application/xml',
        'Accept-Encoding' => 'gzip',
    ]);
    $ret = $cli->get('/');
    // $cli->body 响应内容过大，这里用Http状态码作为测试
    $chan->push(['www.163.com' => $cli->statusCode]);
});
?>
--EXPECTF--
array(2) {
  ["www.%s.com"]=>
  int(%d)
  ["www.%s.com"]=>
  int(%d)
}
