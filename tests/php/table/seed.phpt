--TEST--
Swoole\Table: the tutorial's example (seed 003, 6.3): rows set, read, deleted, foreach over the rest, count()
--FILE--
<?php
$table = new swoole_table(1024);
$table->column('id', swoole_table::TYPE_INT, 4);       //1,2,4,8
$table->column('name', swoole_table::TYPE_STRING, 64);
$table->column('num', swoole_table::TYPE_FLOAT);
$table->create();

$table->set('tianfenghan@qq.com', array('id' => 145, 'name' => 'rango', 'num' => 3.1415));
$table->set('350749960@qq.com', array('id' => 358, 'name' => "Rango1234", 'num' => 3.1415));
$table->set('hello@qq.com', array('id' => 189, 'name' => 'rango3', 'num' => 3.1415));

$data = $table->get('350749960@qq.com');
var_dump($data);
$table->del('hello@qq.com');

$lock = new Swoole\Lock(SWOOLE_MUTEX);
$lock->lock();
$lock->unlock();

echo count($table), "\n";
$rows = [];
foreach ($table as $row) {
    $rows[] = $row;
}
usort($rows, fn($a, $b) => $a['id'] <=> $b['id']);
foreach ($rows as $row) {
    var_dump($row);
}
echo count($table), "\n";
?>
--EXPECT--
array(3) {
  ["id"]=>
  int(358)
  ["name"]=>
  string(9) "Rango1234"
  ["num"]=>
  float(3.1415)
}
2
array(3) {
  ["id"]=>
  int(145)
  ["name"]=>
  string(5) "rango"
  ["num"]=>
  float(3.1415)
}
array(3) {
  ["id"]=>
  int(358)
  ["name"]=>
  string(9) "Rango1234"
  ["num"]=>
  float(3.1415)
}
2
