--TEST--
swoole coroutine: an exception thrown by a destructor when a coroutine's context or callable is released is reported as uncaught, not lost
--FILE--
<?php
require __DIR__ . '/../include/coro_child.inc';
$cases = [
    'context object' => '<?php
class Boom { function __destruct() { echo "Boom destructed\n"; Co::sleep(0.001); throw new RuntimeException("from the context"); } }
Co\run(function () {
    go(function () { Co::getContext()["b"] = new Boom; echo "body ends\n"; });
    Co::sleep(0.05);
    echo "main goes on?!\n";
});',
    'callable object' => '<?php
class Job {
    function run() { echo "job runs\n"; Co::sleep(0.001); }
    function __destruct() { echo "Job destructed\n"; throw new LogicException("from the callable"); }
}
go([new Job, "run"]);
go(function () { Co::sleep(0.05); echo "other?!\n"; });
echo "main end\n";',
    'context object, with an exception handler' => '<?php
set_exception_handler(function ($e) { echo "handler: ", $e->getMessage(), "\n"; });
class Boom { function __destruct() { throw new RuntimeException("from the context"); } }
Co\run(function () {
    go(function () { Co::getContext()["b"] = new Boom; Co::sleep(0.001); });
    Co::sleep(0.05);
    echo "main goes on\n";
});',
];
foreach ($cases as $name => $code) {
    [$out, $status] = coro_child($code);
    echo "--- $name\n$out", "status $status\n";
}
?>
--EXPECT--
--- context object
body ends
Boom destructed

Fatal error: Uncaught RuntimeException: from the context in CHILD:2
Stack trace:
#0 [internal function]: Boom->__destruct()
#1 {main}
  thrown in CHILD on line 2
status 255
--- callable object
job runs
main end
Job destructed

Fatal error: Uncaught LogicException: from the callable in CHILD:4
Stack trace:
#0 [internal function]: Job->__destruct()
#1 {main}
  thrown in CHILD on line 4
status 255
--- context object, with an exception handler
handler: from the context
main goes on
status 0
