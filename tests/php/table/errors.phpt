--TEST--
Swoole\Table: misuse — calls before create(), column() after it, bad columns, wrong argument types, constructor twice or never, clone, serialize, destroy(), user code in a conversion that throws, re-enters or destroys
--FILE--
<?php
use Swoole\Table;

function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

$t = new Table(64);
// before create(): an Error (Swoole: a fatal error), sizes and count are 0
attempt(fn() => $t->set('a', ['x' => 1]));
attempt(fn() => $t->get('a'));
attempt(fn() => $t->incr('a', 'x'));
attempt(fn() => $t->exists('a'));
attempt(fn() => $t->del('a'));
attempt(function () use ($t) { foreach ($t as $r) {} return 'iterated'; });
var_dump(count($t), $t->getMemorySize(), $t->stats());

// bad columns: warnings and false
var_dump($t->column('s', Table::TYPE_STRING));
var_dump($t->column('s', Table::TYPE_STRING, -1));
var_dump($t->column('w', 99));
var_dump($t->column('i', Table::TYPE_INT));
var_dump($t->column('i', Table::TYPE_FLOAT));
attempt(fn() => $t->column('i'));
attempt(fn() => $t->column([], Table::TYPE_INT));
attempt(fn() => $t->column('z', 'int'));
var_dump($t->create());
var_dump($t->create());
var_dump($t->column('late', Table::TYPE_INT));

// wrong argument types
attempt(fn() => $t->set('a', 'not an array'));
attempt(fn() => $t->set([], []));
attempt(fn() => $t->get('a', []));
attempt(fn() => $t->incr('a', []));
attempt(fn() => new Table('many'));
attempt(fn() => new Table(-1));
attempt(fn() => new Table(64, 'x'));

// the constructor: once, and needed
attempt(fn() => $t->__construct(128));
$raw = (new ReflectionClass(Table::class))->newInstanceWithoutConstructor();
attempt(fn() => $raw->column('a', Table::TYPE_INT));
attempt(fn() => $raw->create());
var_dump(count($raw), $raw->getSize());
class MyTable extends Table { function __construct() {} }
attempt(fn() => (new MyTable)->set('a', []));

attempt(fn() => clone $t);
attempt(fn() => serialize($t));

// conversions run user code: a throw leaves the row as it was
class Boom { function __toString(): string { throw new RuntimeException('boom'); } }
$u = new Table(64);
$u->column('s', Table::TYPE_STRING, 8);
$u->column('i', Table::TYPE_INT);
$u->create();
$u->set('r', ['s' => 'old', 'i' => 1]);
attempt(fn() => $u->set('r', ['i' => 2, 's' => new Boom]));
var_dump($u->get('r'));
// ... may use the same table (its own buffers) ...
class Nested {
    function __construct(private Table $t) {}
    function __toString(): string {
        $this->t->set('inner', ['s' => 'in', 'i' => 7]);
        return 'outer' . $this->t->get('inner', 'i');
    }
}
var_dump($u->set('outer', ['i' => 3, 's' => new Nested($u)]));
var_dump($u->get('outer'), $u->get('inner', 's'));
// ... but not destroy it
class Destroyer {
    function __construct(private Table $t) {}
    function __toString(): string { $this->t->destroy(); return 'x'; }
}
attempt(fn() => $u->set('d', ['s' => new Destroyer($u)]));
var_dump($u->exists('d'), count($u));

// a table larger than the address space: create() throws, the table stays usable for nothing
$huge = new Table(1 << 31, 1.0);
$huge->column('s', Table::TYPE_STRING, 1 << 20);
attempt(fn() => $huge->create());
attempt(fn() => $huge->set('a', []));
var_dump($huge->getMemorySize());

// the user's error handler runs for the warnings of set(): it may not destroy the table
// either, and what it throws comes out of set()
set_error_handler(function ($no, $msg) use ($u) {
    echo "handler: $msg\n";
    try {
        $u->destroy();
    } catch (Error $e) {
        echo "handler: ", $e->getMessage(), "\n";
    }
    return true;
});
var_dump($u->set(str_repeat('L', 70), ['s' => 'x']));
var_dump($u->set('w', ['s' => str_repeat('y', 9)]), $u->get('w', 's'));
set_error_handler(function ($no, $msg) { throw new LogicException($msg); });
attempt(fn() => $u->set(str_repeat('M', 70), ['i' => 1]));
attempt(fn() => $u->set('w2', ['s' => str_repeat('z', 9)]));
var_dump($u->exists(str_repeat('M', 63)), $u->exists('w2'));
restore_error_handler();
restore_error_handler();

// destroy(): this process's mapping goes, every call afterwards is an Error
var_dump($u->destroy());
attempt(fn() => $u->get('r'));
attempt(fn() => $u->destroy());
attempt(fn() => $u->column('a', Table::TYPE_INT));
var_dump(count($u), $u->getSize(), $u->stats());
?>
--EXPECTF--
Swoole\Error: table is not created or has been destroyed
Swoole\Error: table is not created or has been destroyed
Swoole\Error: table is not created or has been destroyed
Swoole\Error: table is not created or has been destroyed
Swoole\Error: table is not created or has been destroyed
Swoole\Error: table is not created or has been destroyed
int(0)
int(0)
bool(false)

Warning: Swoole\Table::column(): the length of string type values has to be more than zero in %s on line %d
bool(false)

Warning: Swoole\Table::column(): the length of string type values has to be more than zero in %s on line %d
bool(false)

Warning: Swoole\Table::column(): unknown column type in %s on line %d
bool(false)
bool(true)

Warning: Swoole\Table::column(): column[i] already exists in %s on line %d
bool(false)
ArgumentCountError: Swoole\Table::column() expects at least 2 arguments, 1 given
TypeError: Swoole\Table::column(): Argument #1 ($name) must be of type string, array given
TypeError: Swoole\Table::column(): Argument #2 ($type) must be of type int, string given
bool(true)

Warning: Swoole\Table::create(): the table has already been created in %s on line %d
bool(false)

Warning: Swoole\Table::column(): unable to add column after table has been created in %s on line %d
bool(false)
TypeError: Swoole\Table::set(): Argument #2 ($value) must be of type array, string given
TypeError: Swoole\Table::set(): Argument #1 ($key) must be of type string, array given
TypeError: Swoole\Table::get(): Argument #2 ($field) must be of type ?string, array given
TypeError: Swoole\Table::incr(): Argument #2 ($column) must be of type string, array given
TypeError: Swoole\Table::__construct(): Argument #1 ($table_size) must be of type int, string given
ValueError: Swoole\Table::__construct(): Argument #1 ($table_size) must be greater than or equal to 0
TypeError: Swoole\Table::__construct(): Argument #2 ($conflict_proportion) must be of type float, string given
Error: Constructor of Swoole\Table can only be called once
Swoole\Error: must call constructor first
Swoole\Error: must call constructor first
int(0)
int(0)
Swoole\Error: must call constructor first
Error: Trying to clone an uncloneable object of class Swoole\Table
Exception: Serialization of 'Swoole\Table' is not allowed
RuntimeException: boom
array(2) {
  ["s"]=>
  string(3) "old"
  ["i"]=>
  int(1)
}
bool(true)
array(2) {
  ["s"]=>
  string(6) "outer7"
  ["i"]=>
  int(3)
}
string(2) "in"
Swoole\Error: Cannot destroy Swoole\Table during value conversion
bool(false)
int(3)
Swoole\Error: unable to allocate memory: cannot map %d bytes of shared memory: %s
Swoole\Error: table is not created or has been destroyed
int(0)
handler: Swoole\Table::set(): key[LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL] is too long
handler: Cannot destroy Swoole\Table during value conversion
bool(true)
handler: Swoole\Table::set(): [key=w,field=s]string value is too long
handler: Cannot destroy Swoole\Table during value conversion
bool(true)
string(8) "yyyyyyyy"
LogicException: Swoole\Table::set(): key[MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM] is too long
LogicException: Swoole\Table::set(): [key=w2,field=s]string value is too long
bool(false)
bool(false)
bool(true)
Swoole\Error: table is not created or has been destroyed
Swoole\Error: table is not created or has been destroyed
Swoole\Error: table is not created or has been destroyed
int(0)
int(0)
bool(false)
