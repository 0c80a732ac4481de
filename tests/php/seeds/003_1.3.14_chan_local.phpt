--TEST--
seed 003 §1.3.14 协程：Go + Chan + Defer (协程通信), without the internet: the same channel pattern with Co::sleep standing in for the two HTTP requests
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
    co::sleep(0.01);  // stands for $cli->get('/') on www.qq.com
    $chan->push(['www.qq.com' => 302]);
});
// 协程3
go(function () use ($chan) {
    co::sleep(0.03);  // stands for $cli->get('/') on www.163.com
    $chan->push(['www.163.com' => 200]);
});
?>
--EXPECT--
array(2) {
  ["www.qq.com"]=>
  int(302)
  ["www.163.com"]=>
  int(200)
}
