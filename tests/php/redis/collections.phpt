--TEST--
Swoole\Coroutine\Redis: hashes (hSet/hGet/hMSet/hMGet/hGetAll/hDel/hIncrBy/hExists/hLen/hKeys/hVals), lists (lPush/rPush/lPop/rPop/lRange/lLen/lIndex/lSet/lTrim/lRem, rpoplpush), sets (sAdd/sMembers/sRem/sIsMember/sCard/sInter/sUnion/sDiff) — replies as Swoole gives them without compatibility_mode (flat lists, 0/1 ints)
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';
Co\run(function () {
    $r = rd_connect();
    $h = rd_key('h');
    echo "-- hash\n";
    var_dump($r->hSet($h, 'a', 'A'), $r->hSet($h, 'a', 'A2'), $r->hGet($h, 'a'), $r->hGet($h, 'none'));
    var_dump($r->hMSet($h, ['b' => 'B', 'c' => 3, 7 => 'seven']), $r->hMGet($h, ['a', 'none', 'c', 7]));
    var_dump($r->hGetAll($h));
    var_dump($r->hIncrBy($h, 'c', 4), $r->hIncrByFloat($h, 'c', 0.25), $r->hExists($h, 'a'),
             $r->hExists($h, 'none'), $r->hLen($h), $r->hKeys($h), $r->hVals($h));
    var_dump($r->hDel($h, 'a', 'b'), $r->hDel($h, 'none'), $r->hLen($h), $r->hSetNx($h, 'c', 'x'));
    echo "-- list\n";
    $l = rd_key('l');
    var_dump($r->rPush($l, 'b', 'c'), $r->lPush($l, 'a'), $r->lRange($l, 0, -1), $r->lLen($l));
    var_dump($r->lIndex($l, 1), $r->lSet($l, 1, 'B'), $r->lGet($l, 1), $r->lPop($l), $r->rPop($l),
             $r->rPop($l), $r->rPop($l), $r->lLen($l));
    var_dump($r->rPush($l, 'x', 'y', 'x', 'z'), $r->lRem($l, 'x', 0), $r->lTrim($l, 0, 0),
             $r->lRange($l, 0, -1), $r->rpoplpush($l, "$l:2"), $r->lRange("$l:2", 0, -1));
    echo "-- set\n";
    $s = rd_key('s');
    var_dump($r->sAdd($s, 'a', 'b', 'c'), $r->sAdd($s, 'a'), $r->sCard($s), $r->sIsMember($s, 'b'),
             $r->sIsMember($s, 'z'), $r->sRem($s, 'b', 'z'));
    $m = $r->sMembers($s);
    sort($m);
    var_dump($m);
    $r->sAdd("$s:2", 'c', 'd');
    $i = $r->sInter($s, "$s:2");
    $u = $r->sUnion([$s, "$s:2"]);
    $d = $r->sDiff($s, "$s:2");
    sort($u);
    var_dump($i, $u, $d, $r->sInterStore("$s:3", $s, "$s:2"), $r->sMembers("$s:3"));
    var_dump($r->del($h, $l, "$l:2", $s, "$s:2", "$s:3"));
});
?>
--EXPECT--
-- hash
int(1)
int(0)
string(2) "A2"
NULL
bool(true)
array(4) {
  [0]=>
  string(2) "A2"
  [1]=>
  NULL
  [2]=>
  string(1) "3"
  [3]=>
  string(5) "seven"
}
array(8) {
  [0]=>
  string(1) "a"
  [1]=>
  string(2) "A2"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "B"
  [4]=>
  string(1) "c"
  [5]=>
  string(1) "3"
  [6]=>
  string(1) "7"
  [7]=>
  string(5) "seven"
}
int(7)
string(4) "7.25"
int(1)
int(0)
int(4)
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "7"
}
array(4) {
  [0]=>
  string(2) "A2"
  [1]=>
  string(1) "B"
  [2]=>
  string(4) "7.25"
  [3]=>
  string(5) "seven"
}
int(2)
int(0)
int(2)
int(0)
-- list
int(2)
int(3)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
int(3)
string(1) "b"
bool(true)
string(1) "B"
string(1) "a"
string(1) "c"
string(1) "B"
NULL
int(0)
int(4)
int(2)
bool(true)
array(1) {
  [0]=>
  string(1) "y"
}
string(1) "y"
array(1) {
  [0]=>
  string(1) "y"
}
-- set
int(3)
int(0)
int(3)
int(1)
int(0)
int(1)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
}
array(1) {
  [0]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "d"
}
array(1) {
  [0]=>
  string(1) "a"
}
int(1)
array(1) {
  [0]=>
  string(1) "c"
}
int(5)
