--TEST--
Swoole\Coroutine\Redis: the serialize option (connect()'s third argument or setOptions) stores PHP values with serialize() and reads them back with unserialize() (a value that is not serialized comes back as the string); connecting over a Unix socket ("unix:/path" and "unix:///path") and by host name (localhost, Co\Redis); options: defaults (from Co::set's socket timeouts) and setOptions (merged into getOptions()), the password option sends AUTH at connect (refused here: the server has none, so connect fails); a WRONGTYPE error is false
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';
Co\run(function () {
    $k = rd_key('k');
    $r = new Swoole\Coroutine\Redis;
    var_dump($r->connect(rd_host(), rd_port(), true));
    $v = ['a' => 1, 'list' => [1.5, true, null], 'obj' => new ArrayObject([1, 2])];
    var_dump($r->set($k, $v), $r->get($k) == $v, rd_cli('get', $k) === serialize($v));
    var_dump($r->hSet("$k:h", 'f', [1, 2]), $r->hGet("$k:h", 'f'), $r->lPush("$k:l", 42, 'str'), $r->lRange("$k:l", 0, -1));
    rd_cli('set', "$k:plain", 'not serialized');
    var_dump($r->get("$k:plain"), $r->get("$k:none"));
    $r->setOptions(['serialize' => false]);
    var_dump($r->get("$k:l"), $r->lPop("$k:l"));
    $r->del($k, "$k:h", "$k:l", "$k:plain");

    foreach (['unix:' . rd_sock(), 'unix://' . rd_sock()] as $host) {
        $u = new Swoole\Coroutine\Redis;
        var_dump($u->connect($host), $u->connected, $u->ping('over unix'));
    }

    /* a host name, resolved off the loop; the short class name */
    $h = new Co\Redis;
    var_dump($h->connect('localhost', rd_port()), $h->ping('by name'), get_class($h));

    $o = new Swoole\Coroutine\Redis(['timeout' => 1.5]);
    var_dump($o->getOptions());
    /* Co::set's socket timeouts are the defaults of new clients */
    Co::set(['socket_connect_timeout' => 1, 'socket_timeout' => 5]);
    $t = (new Swoole\Coroutine\Redis)->getOptions();
    var_dump($t['connect_timeout'], $t['timeout']);
    Co::set(['socket_connect_timeout' => 2, 'socket_timeout' => -1]);
    var_dump($o->setOptions(['connect_timeout' => 3, 'reconnect' => 1000]), $o->getOptions()['connect_timeout'],
             $o->getOptions()['reconnect']);
    $p = new Swoole\Coroutine\Redis(['password' => 'secret']);
    var_dump($p->connect(rd_host(), rd_port()), $p->errType, $p->errMsg, $p->connected, $p->getAuth());
});
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(2)
array(2) {
  [0]=>
  string(3) "str"
  [1]=>
  int(42)
}
string(14) "not serialized"
NULL
bool(false)
string(10) "s:3:"str";"
bool(true)
bool(true)
string(9) "over unix"
bool(true)
bool(true)
string(9) "over unix"
bool(true)
string(7) "by name"
string(22) "Swoole\Coroutine\Redis"
array(6) {
  ["connect_timeout"]=>
  float(2)
  ["timeout"]=>
  float(1.5)
  ["serialize"]=>
  bool(false)
  ["reconnect"]=>
  int(1)
  ["password"]=>
  string(0) ""
  ["database"]=>
  int(0)
}
float(1)
float(5)
bool(true)
int(3)
int(1000)
bool(false)
int(2)
string(124) "ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?"
bool(false)
bool(false)
