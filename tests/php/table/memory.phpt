--TEST--
Swoole\Table: freeing the object unmaps its shared memory and frees its buffers (1000 tables made and dropped: no mapping or PHP memory left behind), get()/set() allocate nothing but the returned values
--SKIPIF--
<?php if (!is_readable('/proc/self/maps')) die('skip /proc/self/maps needed'); ?>
--FILE--
<?php
use Swoole\Table;

/* shared mappings only (perms 'rw-s'): a table's memory is one; valgrind's own mappings,
 * which come and go, are private */
function mappings(): int {
    return count(array_filter(file('/proc/self/maps'), fn($l) => explode(' ', $l)[1][3] === 's'));
}

function make(): Table {
    $t = new Table(1024);
    $t->column('i', Table::TYPE_INT);
    $t->column('s', Table::TYPE_STRING, 100);
    $t->create();
    $t->set('a', ['i' => 1, 's' => 'x']);
    foreach ($t as $row) {}
    return $t;
}

make();                      // warm up
$maps = mappings();
$mem = memory_get_usage();
for ($i = 0; $i < 1000; $i++) {
    $t = make();
    unset($t);
}
var_dump(mappings() - $maps, memory_get_usage() - $mem);

// destroy() and then the object's end
$t = make();
$t->destroy();
unset($t);
var_dump(mappings() - $maps);

// a table that is never created, and one whose constructor failed
$t = new Table(64);
$t->column('i', Table::TYPE_INT);
unset($t);
try { new Table(-5); } catch (ValueError $e) {}

// the hot path: the same key set and read over and over does not grow PHP's memory
$t = make();
$key = 'some-key';
$row = ['i' => 5, 's' => 'value'];
$t->set($key, $row);
$t->get($key);
$mem = memory_get_usage();
for ($i = 0; $i < 10000; $i++) {
    $t->set($key, $row);
    $r = $t->get($key);
    $s = $t->get($key, 's');
}
unset($r, $s);
var_dump(memory_get_usage() - $mem);
?>
--EXPECT--
int(0)
int(0)
int(0)
int(0)
