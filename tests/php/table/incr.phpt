--TEST--
Swoole\Table: incr()/decr() on int and float columns, default step 1, rows made on the way (zeros elsewhere), ints wrapping, errors on string and unknown columns
--FILE--
<?php
use Swoole\Table;

$t = new Table(64);
$t->column('n', Table::TYPE_INT);
$t->column('x', Table::TYPE_FLOAT);
$t->column('s', Table::TYPE_STRING, 8);
$t->create();

var_dump($t->incr('k', 'n'));            // made: 0 + 1
var_dump($t->incr('k', 'n', 10));
var_dump($t->decr('k', 'n'));
var_dump($t->decr('k', 'n', 20));
var_dump($t->incr('k', 'n', 2.9));       // a float step on an int column: truncated
var_dump($t->incr('k', 'x', 0.5));
var_dump($t->incr('k', 'x'));
var_dump($t->decr('k', 'x', 2));
var_dump($t->decr('k', 'x', 0.25));
var_dump($t->incr('k', 'n', '5'));       // a numeric string is a number
var_dump($t->get('k'));

var_dump($t->decr('fresh', 'x', 1.5), $t->get('fresh'));
var_dump(count($t));

$t->set('max', ['n' => PHP_INT_MAX]);
var_dump($t->incr('max', 'n') === PHP_INT_MIN);
var_dump($t->decr('max', 'n') === PHP_INT_MAX);

var_dump($t->incr('k', 's'));
var_dump($t->decr('k', 's'));
var_dump($t->incr('k', 'nope', 1));
var_dump(count($t), $t->exists('never'));
try {
    $t->incr('k', 'n', 'abc');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
int(1)
int(11)
int(10)
int(-10)
int(-8)
float(0.5)
float(1.5)
float(-0.5)
float(-0.75)
int(-3)
array(3) {
  ["n"]=>
  int(-3)
  ["x"]=>
  float(-0.75)
  ["s"]=>
  string(0) ""
}
float(-1.5)
array(3) {
  ["n"]=>
  int(0)
  ["x"]=>
  float(-1.5)
  ["s"]=>
  string(0) ""
}
int(2)
bool(true)
bool(true)

Warning: Swoole\Table::incr(): can't execute 'incr' on a string type column in %s on line %d
bool(false)

Warning: Swoole\Table::decr(): can't execute 'decr' on a string type column in %s on line %d
bool(false)

Warning: Swoole\Table::incr(): column[nope] does not exist in %s on line %d
bool(false)
int(3)
bool(false)
Swoole\Table::incr(): Argument #3 ($incrby) must be of type int|float, string given
