--TEST--
Swoole\Table: every method — sizes rounded to a power of two, size/memorySize, set/get/get(field)/exists/exist/del/delete/count/stats
--FILE--
<?php
use Swoole\Table;

foreach ([0, 1, 64, 65, 100, 1000, 1024] as $n) {
    $t = new Table($n);
    echo "$n -> ", $t->getSize(), "\n";
}
// the pool of conflict rows: size * proportion, the proportion kept within 0.2 .. 1
foreach ([0.0, 0.2, 0.5, 1.0, 7.0] as $p) {
    $t = new Table(1024, $p);
    $t->column('a', Table::TYPE_INT);
    $t->create();
    echo "$p -> ", $t->stats()['total_slice_num'], "\n";
}

$t = new Table(100);
var_dump($t->size, $t->memorySize, $t->getMemorySize(), $t->stats(), count($t));
var_dump($t->column('id', Table::TYPE_INT));
var_dump($t->column('score', Table::TYPE_FLOAT));
var_dump($t->column('name', Table::TYPE_STRING, 32));
var_dump($t->create());
var_dump($t->size, $t->memorySize === $t->getMemorySize(), $t->getMemorySize() > 128 * (8 + 8 + 32));

var_dump($t->set('a', ['id' => 1, 'score' => 1.5, 'name' => 'alpha']));
var_dump($t->set('b', ['id' => 2, 'score' => 2.5, 'name' => 'beta']));
var_dump($t->get('a'));
var_dump($t->get('b', 'id'), $t->get('b', 'score'), $t->get('b', 'name'));
var_dump($t->get('b', 'nothing'), $t->get('zz'), $t->get('zz', 'id'), $t->get('b', null));
var_dump($t->exists('a'), $t->exist('a'), $t->exists('zz'), $t->exist('zz'));
var_dump(count($t), $t->count(), $t->count(COUNT_RECURSIVE));
var_dump($t->del('a'), $t->del('a'), $t->delete('b'), $t->delete('b'));
var_dump(count($t), $t->exists('a'), $t->get('a'));
$t->set('c', ['id' => 3]);
$t->set('c', ['score' => 3.5]);
$t->set('d', ['name' => 'x']);
$t->del('d');
var_dump($t->stats());
// the empty key is a key
var_dump($t->set('', ['id' => 42]), $t->get('', 'id'), $t->exists(''));
?>
--EXPECT--
0 -> 64
1 -> 64
64 -> 64
65 -> 128
100 -> 128
1000 -> 1024
1024 -> 1024
0 -> 204
0.2 -> 204
0.5 -> 512
1 -> 1024
7 -> 1024
NULL
NULL
int(0)
bool(false)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
int(128)
bool(true)
bool(true)
bool(true)
bool(true)
array(3) {
  ["id"]=>
  int(1)
  ["score"]=>
  float(1.5)
  ["name"]=>
  string(5) "alpha"
}
int(2)
float(2.5)
string(4) "beta"
bool(false)
bool(false)
bool(false)
array(3) {
  ["id"]=>
  int(2)
  ["score"]=>
  float(2.5)
  ["name"]=>
  string(4) "beta"
}
bool(true)
bool(true)
bool(false)
bool(false)
int(2)
int(2)
int(6)
bool(true)
bool(false)
bool(true)
bool(false)
int(0)
bool(false)
bool(false)
array(8) {
  ["num"]=>
  int(1)
  ["conflict_count"]=>
  int(0)
  ["conflict_max_level"]=>
  int(0)
  ["insert_count"]=>
  int(4)
  ["update_count"]=>
  int(1)
  ["delete_count"]=>
  int(3)
  ["available_slice_num"]=>
  int(25)
  ["total_slice_num"]=>
  int(25)
}
bool(true)
int(42)
bool(true)
