--TEST--
Swoole\Table: values converted to the column types, strings cut to the column (its size rounded up to 8, as Swoole), keys cut to 63 bytes, partial sets, ignored keys
--FILE--
<?php
use Swoole\Table;

class Name { function __toString(): string { return 'from-object'; } }

$t = new Table(64);
$t->column('i', Table::TYPE_INT);
$t->column('f', Table::TYPE_FLOAT);
$t->column('s', Table::TYPE_STRING, 5);     // holds 8 bytes
$t->column('l', Table::TYPE_STRING, 64);
$t->create();

// conversions, PHP's own rules
$t->set('conv', ['i' => '12', 'f' => '2.5', 's' => 12345, 'l' => new Name]);
var_dump($t->get('conv'));
$t->set('conv', ['i' => 7.9, 'f' => 3, 's' => true, 'l' => null]);
var_dump($t->get('conv'));
$t->set('conv', ['i' => true, 'f' => false, 's' => 1.5]);
var_dump($t->get('conv'));
$t->set('big', ['i' => PHP_INT_MAX, 'f' => -1e300]);
var_dump($t->get('big', 'i') === PHP_INT_MAX, $t->get('big', 'f'));
$t->set('neg', ['i' => PHP_INT_MIN]);
var_dump($t->get('neg', 'i') === PHP_INT_MIN);
// binary strings keep every byte
$t->set('bin', ['l' => "a\0b\xff"]);
var_dump(bin2hex($t->get('bin', 'l')));

// a string longer than its column: a warning, the first bytes kept
var_dump($t->set('cut', ['s' => 'abcdefghijkl', 'l' => str_repeat('x', 64)]));
var_dump($t->get('cut', 's'), strlen($t->get('cut', 'l')));
var_dump($t->set('cut', ['l' => str_repeat('y', 65)]));
var_dump(strlen($t->get('cut', 'l')));

// a new row set in part has zeros in the rest; an update keeps what it does not name
$t->set('part', ['f' => 1.25]);
var_dump($t->get('part'));
$t->set('part', ['i' => 9]);
var_dump($t->get('part'));
// keys that are no column, and integer keys, are ignored
var_dump($t->set('extra', ['nope' => 1, 0 => 'zero', 'i' => 4]));
var_dump($t->get('extra'));
var_dump($t->set('empty', []), $t->get('empty', 'i'), $t->exists('empty'));

// keys: 63 bytes at most, longer ones are cut (set() warns)
$long = str_repeat('k', 63);
var_dump($t->set($long . 'tail', ['i' => 63]));
var_dump($t->get($long, 'i'), $t->get($long . 'other', 'i'), $t->exists($long . 'x'));
var_dump($t->exists(substr($long, 1)));
foreach ($t as $k => $row) {
    if ($row['i'] === 63)
        var_dump(strlen($k));
}
var_dump($t->del($long . 'whatever'), $t->exists($long));
// the same keys in another order, built at run time, or other keys in the same places
$t->set('order', ['i' => 1, 'f' => 1.5, 's' => 'a']);
$t->set('order', ['s' => 'b', 'i' => 2, 'f' => 2.5]);
$col = str_repeat('f', 1);
$t->set('order2', [$col => 9.5, 'l' . '' => 'dyn', strrev('i') => 3]);
$t->set('order3', ['l' => 'L', 'f' => 0.5, 'i' => 4]);
echo json_encode([$t->get('order'), $t->get('order2'), $t->get('order3')]), "\n";
// int-like keys are strings
$t->set('10', ['i' => 10]);
var_dump($t->get('10', 'i'));
?>
--EXPECTF--
array(4) {
  ["i"]=>
  int(12)
  ["f"]=>
  float(2.5)
  ["s"]=>
  string(5) "12345"
  ["l"]=>
  string(11) "from-object"
}
array(4) {
  ["i"]=>
  int(7)
  ["f"]=>
  float(3)
  ["s"]=>
  string(1) "1"
  ["l"]=>
  string(0) ""
}
array(4) {
  ["i"]=>
  int(1)
  ["f"]=>
  float(0)
  ["s"]=>
  string(3) "1.5"
  ["l"]=>
  string(0) ""
}
bool(true)
float(-1.0E+300)
bool(true)
string(8) "610062ff"

Warning: Swoole\Table::set(): [key=cut,field=s]string value is too long in %s on line %d
bool(true)
string(8) "abcdefgh"
int(64)

Warning: Swoole\Table::set(): [key=cut,field=l]string value is too long in %s on line %d
bool(true)
int(64)
array(4) {
  ["i"]=>
  int(0)
  ["f"]=>
  float(1.25)
  ["s"]=>
  string(0) ""
  ["l"]=>
  string(0) ""
}
array(4) {
  ["i"]=>
  int(9)
  ["f"]=>
  float(1.25)
  ["s"]=>
  string(0) ""
  ["l"]=>
  string(0) ""
}
bool(true)
array(4) {
  ["i"]=>
  int(4)
  ["f"]=>
  float(0)
  ["s"]=>
  string(0) ""
  ["l"]=>
  string(0) ""
}
bool(true)
int(0)
bool(true)

Warning: Swoole\Table::set(): key[kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkktail] is too long in %s on line %d
bool(true)
int(63)
int(63)
bool(true)
bool(false)
int(63)
bool(true)
bool(false)
[{"i":2,"f":2.5,"s":"b","l":""},{"i":3,"f":9.5,"s":"","l":"dyn"},{"i":4,"f":0.5,"s":"","l":"L"}]
int(10)
