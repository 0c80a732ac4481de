--TEST--
Swoole\Table: a column whose name is an integer string ("1", "2024") is a usable key of the arrays get() and foreach return (PHP keys them by the integer, as Swoole's add_assoc_*() do)
--FILE--
<?php
use Swoole\Table;

$t = new Table(64);
$t->column('1', Table::TYPE_INT);
$t->column('2024', Table::TYPE_STRING, 8);
$t->column('x', Table::TYPE_FLOAT);
$t->create();
var_dump($t->incr('k', '1', 5), $t->get('k', '1'));
$row = $t->get('k');
var_dump($row);
var_dump($row['1'], $row[1], $row['2024'], array_key_exists(2024, $row));
foreach ($t as $key => $r)
    var_dump($key, $r[1]);
?>
--EXPECT--
int(5)
int(5)
array(3) {
  [1]=>
  int(5)
  [2024]=>
  string(0) ""
  ["x"]=>
  float(0)
}
int(5)
int(5)
string(0) ""
bool(true)
string(1) "k"
int(5)
