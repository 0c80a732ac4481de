--TEST--
Swoole\Table: foreach key => row over chained rows (each row once), the Iterator methods one by one, an empty table, rows deleted or set while iterating
--FILE--
<?php
use Swoole\Table;

$t = new Table(64, 1.0);
$t->column('id', Table::TYPE_INT);
$t->column('name', Table::TYPE_STRING, 16);
$t->create();

foreach ($t as $k => $row)
    echo "never\n";
$t->rewind();
var_dump($t->valid(), $t->current(), $t->key());

for ($i = 0; $i < 100; $i++)       // 100 rows in 64 buckets: chains
    $t->set("row$i", ['id' => $i, 'name' => "name$i"]);
$seen = [];
foreach ($t as $k => $row) {
    if ($k !== "row{$row['id']}" || $row['name'] !== "name{$row['id']}")
        echo "mismatch $k\n";
    $seen[$k] = ($seen[$k] ?? 0) + 1;
}
var_dump(count($seen), max($seen), count($t));
var_dump($t->stats()['conflict_count'] > 0);

// by hand
$t->rewind();
$n = 0;
while ($t->valid()) {
    $k = $t->key();
    $row = $t->current();
    if ($row['id'] !== (int)substr($k, 3))
        echo "mismatch $k\n";
    $n++;
    $t->next();
}
var_dump($n, $t->valid(), $t->current(), $t->key());
$t->next();                         // past the end stays there
var_dump($t->valid());

// iterator_to_array and a nested foreach over another table
var_dump(count(iterator_to_array($t)));

// a clean-up loop deleting the row it is given (and another one) skips nothing
$visited = 0;
foreach ($t as $k => $row) {
    $visited++;
    $t->del($k);
    $t->del('row' . (99 - $row['id']));
}
var_dump($visited, count($t), iterator_to_array($t));

// setting rows while iterating: the walk ends, some new rows may be seen
for ($i = 0; $i < 10; $i++)
    $t->set("a$i", ['id' => $i]);
$visited = 0;
foreach ($t as $k => $row) {
    if (++$visited > 1000)
        break;
    $t->set("b$visited", ['id' => 1000 + $visited]);
}
var_dump($visited >= 10 && $visited <= 100);
?>
--EXPECT--
bool(false)
NULL
NULL
int(100)
int(1)
int(100)
bool(true)
int(100)
bool(false)
NULL
NULL
bool(false)
int(100)
int(50)
int(0)
array(0) {
}
bool(true)
