--TEST--
Swoole\Table: set() of a string too long for its column whose warning handler frees the string (the value was a reference the handler reassigns): the row gets the value as it was, cut to the column, never bytes of freed memory
--FILE--
<?php
use Swoole\Table;

$t = new Table(64);
$t->column('s', Table::TYPE_STRING, 8);
$t->column('n', Table::TYPE_INT);
$t->create();

$x = str_repeat('a', 100);      // refcounted: the reference holds its only copy
$row = ['s' => &$x, 'n' => 7];
set_error_handler(function (int $no, string $msg) use (&$x) {
    echo $msg, "\n";
    $x = null;                          // frees the string being stored
    $GLOBALS['junk'] = str_repeat('Z', 100);   // and takes its memory again
    return true;
});
var_dump($t->set('k', $row));
restore_error_handler();
var_dump($t->get('k'), $x, strlen($junk));
?>
--EXPECT--
Swoole\Table::set(): [key=k,field=s]string value is too long
bool(true)
array(2) {
  ["s"]=>
  string(8) "aaaaaaaa"
  ["n"]=>
  int(7)
}
NULL
int(100)
