--TEST--
swoole coroutine: Co::yield()/Co::resume() inside callbacks called by internal functions, a bound closure, reflection, a 100-deep call chain and recursion
--FILE--
<?php
// The worker suspends in the middle of each construct; the driver prints between the
// suspension and the resumption, which proves the switch really happened there.
function step(string $tag): void
{
    echo "  $tag: yield\n";
    Co::yield();
    echo "  $tag: resumed\n";
}

class Box
{
    private $secret = 'private value';
    public function twice(int $x): int
    {
        step("ReflectionMethod::invoke");
        return 2 * $x;
    }
}

function chain(int $depth): int
{
    if ($depth === 100) {
        step("depth 100");
        return $depth;
    }
    $r = chain($depth + 1);
    return $r + 1;  // frames above the switch must still be intact
}

function fact(int $n): int
{
    if ($n <= 1) {
        step("recursion bottom");
        return 1;
    }
    $r = $n * fact($n - 1);
    if ($n === 3)
        step("recursion n=3 on the way up");
    return $r;
}

Co\run(function () {
    $worker = go(function () {
        $r = array_map(function ($x) {
            step("array_map($x)");
            return $x * 10;
        }, [1, 2]);
        echo "array_map: ", implode(',', $r), "\n";

        $a = [3, 1, 2];
        usort($a, function ($x, $y) {
            static $n = 0;
            if ($n++ === 0)
                step("usort");
            return $x <=> $y;
        });
        echo "usort: ", implode(',', $a), "\n";

        $r = call_user_func(function ($x) {
            step("call_user_func");
            return "cuf:$x";
        }, 'a');
        echo $r, "\n";

        $r = call_user_func_array(function ($x, $y) {
            step("call_user_func_array");
            return "cufa:$x$y";
        }, ['b', 'c']);
        echo $r, "\n";

        $peek = Closure::bind(function () {
            step("Closure::bind");
            return $this->secret;
        }, new Box, Box::class);
        $r = $peek();
        echo "bound: $r\n";

        $m = new ReflectionMethod(Box::class, 'twice');
        $r = $m->invoke(new Box, 21);
        echo "reflection: $r\n";

        $r = chain(1);
        echo "chain: $r\n";
        $r = fact(5);
        echo "fact: $r\n";
        echo "worker done\n";
    });
    $n = 0;
    while (Co::exists($worker)) {
        echo "driver ", ++$n, "\n";
        Co::resume($worker);
    }
    echo "driver done after $n resumes\n";
});
?>
--EXPECT--
  array_map(1): yield
driver 1
  array_map(1): resumed
  array_map(2): yield
driver 2
  array_map(2): resumed
array_map: 10,20
  usort: yield
driver 3
  usort: resumed
usort: 1,2,3
  call_user_func: yield
driver 4
  call_user_func: resumed
cuf:a
  call_user_func_array: yield
driver 5
  call_user_func_array: resumed
cufa:bc
  Closure::bind: yield
driver 6
  Closure::bind: resumed
bound: private value
  ReflectionMethod::invoke: yield
driver 7
  ReflectionMethod::invoke: resumed
reflection: 42
  depth 100: yield
driver 8
  depth 100: resumed
chain: 199
  recursion bottom: yield
driver 9
  recursion bottom: resumed
  recursion n=3 on the way up: yield
driver 10
  recursion n=3 on the way up: resumed
fact: 120
worker done
driver done after 10 resumes
