--TEST--
Swoole\Coroutine\Redis: sorted sets (zAdd with flags, zRange/zRevRange withscores, zRangeByScore with withscores/limit, zScore, zRank, zRem, zIncrBy, zCard, zCount, zInter/zUnion as Swoole has them (ZINTERSTORE/ZUNIONSTORE with weights and aggregate), zDeleteRangeByScore/ByRank) and compatibility_mode (GET/ZRANK miss -> false, hGetAll/zRange withscores -> associative, scores as floats, hMGet keyed by field, hExists -> bool)
--INI--
swoole.plugins[]=redis
--SKIPIF--
<?php require __DIR__ . '/../include/redis.inc'; rd_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/redis.inc';
Co\run(function () {
    $r = rd_connect();
    $z = rd_key('z');
    var_dump($r->zAdd($z, 1, 'one', 2.5, 'two', 3, 'three'), $r->zAdd($z, 'NX', 10, 'one'),
             $r->zAdd($z, 'XX', 'CH', 1.5, 'one'), $r->zAdd($z, 1), $r->errMsg);
    var_dump($r->zRange($z, 0, -1), $r->zRange($z, 0, 1, true), $r->zRevRange($z, 0, 0, ['withscores' => true]));
    var_dump($r->zRangeByScore($z, '2', '+inf'), $r->zRangeByScore($z, '-inf', '+inf', ['withscores' => true, 'limit' => [1, 1]]));
    var_dump($r->zScore($z, 'two'), $r->zScore($z, 'none'), $r->zRank($z, 'three'), $r->zRank($z, 'none'),
             $r->zIncrBy($z, 0.5, 'two'), $r->zCard($z), $r->zCount($z, '2', '3'), $r->zRem($z, 'one', 'none'),
             $r->zRevRangeByScore($z, '+inf', '-inf'));
    /* Swoole's zInter/zUnion are ZINTERSTORE/ZUNIONSTORE */
    $r->zAdd("$z:a", 1, 'x', 2, 'y');
    $r->zAdd("$z:b", 10, 'y', 20, 'w');
    var_dump($r->zUnion("$z:u", ["$z:a", "$z:b"]), $r->zRange("$z:u", 0, -1, true),
             $r->zInter("$z:i", ["$z:a", "$z:b"], [2, 1], 'max'), $r->zRange("$z:i", 0, -1, true),
             $r->zInterStore("$z:i", ["$z:a"], [1, 2]), $r->errMsg, $r->zUnionStore("$z:u", ["$z:a"], null, 'avg'),
             $r->errMsg, $r->zDeleteRangeByScore("$z:u", '0', '10'), $r->zDeleteRangeByRank("$z:a", 0, 0),
             $r->del("$z:a", "$z:b", "$z:u", "$z:i"));

    echo "-- compatibility_mode\n";
    $c = rd_connect(['compatibility_mode' => true]);
    $h = rd_key('h');
    $c->hMSet($h, ['f1' => 'v1', 'f2' => 'v2', '5' => 'five']);
    var_dump($c->get(rd_key('none')), $c->hGetAll($h), $c->hMGet($h, ['f2', 'none', 5]),
             $c->hExists($h, 'f1'), $c->hExists($h, 'none'));
    var_dump($c->zRange($z, 0, -1, true), $c->zRangeByScore($z, '0', '10', ['withscores' => true]),
             $c->zRank($z, 'none'), $c->zRange($z, 0, -1));
    var_dump($c->del($z, $h));
});
?>
--EXPECT--
int(3)
int(0)
int(1)
bool(false)
string(60) "zAdd needs pairs of score and member after the key and flags"
array(3) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
  [2]=>
  string(5) "three"
}
array(4) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "1.5"
  [2]=>
  string(3) "two"
  [3]=>
  string(3) "2.5"
}
array(2) {
  [0]=>
  string(5) "three"
  [1]=>
  string(1) "3"
}
array(2) {
  [0]=>
  string(3) "two"
  [1]=>
  string(5) "three"
}
array(2) {
  [0]=>
  string(3) "two"
  [1]=>
  string(3) "2.5"
}
string(3) "2.5"
NULL
int(2)
NULL
string(1) "3"
int(3)
int(2)
int(1)
array(2) {
  [0]=>
  string(3) "two"
  [1]=>
  string(5) "three"
}
int(3)
array(6) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "1"
  [2]=>
  string(1) "y"
  [3]=>
  string(2) "12"
  [4]=>
  string(1) "w"
  [5]=>
  string(2) "20"
}
int(1)
array(2) {
  [0]=>
  string(1) "y"
  [1]=>
  string(2) "10"
}
bool(false)
string(47) "WEIGHTS and keys array should be the same size!"
bool(false)
string(34) "Invalid AGGREGATE option provided!"
int(1)
int(1)
int(4)
-- compatibility_mode
bool(false)
array(3) {
  ["f1"]=>
  string(2) "v1"
  ["f2"]=>
  string(2) "v2"
  [5]=>
  string(4) "five"
}
array(3) {
  ["f2"]=>
  string(2) "v2"
  ["none"]=>
  bool(false)
  [5]=>
  string(4) "five"
}
bool(true)
bool(false)
array(2) {
  ["three"]=>
  float(3)
  ["two"]=>
  float(3)
}
array(2) {
  ["three"]=>
  float(3)
  ["two"]=>
  float(3)
}
bool(false)
array(2) {
  [0]=>
  string(5) "three"
  [1]=>
  string(3) "two"
}
int(2)
