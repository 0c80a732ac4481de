--TEST--
swoole coroutine: three coroutines sleeping inside callbacks, magic methods, generators and deep recursion keep their own state
--FILE--
<?php
$started = 0;
$log = [];

class Acc
{
    private array $v = [];
    public function __set($k, $val) { Co::sleep(0.001); $this->v[$k] = $val; }
    public function __get($k) { Co::sleep(0.001); return $this->v[$k]; }
    public function __call($m, $a) { Co::sleep(0.001); return "$m:" . implode('', $a); }
    public function __toString(): string { Co::sleep(0.001); return 'acc' . count($this->v); }
}

function deep(int $n, string $name): string
{
    if ($n === 0) {
        Co::sleep(0.001);
        return $name;
    }
    return deep($n - 1, $name) . ($n % 10 === 0 ? '.' : '');
}

function gen(string $name): Generator
{
    foreach ([1, 2, 3] as $i) {
        Co::sleep(0.001);
        yield "$name$i";
    }
}

function work(string $name): string
{
    global $started;
    $started++;
    $out = [];
    $out[] = implode(',', array_map(function ($x) use ($name) {
        Co::sleep(0.001);
        return "$name$x";
    }, [1, 2]));
    $a = [3, 1, 2];
    usort($a, function ($x, $y) { Co::sleep(0.001); return $x <=> $y; });
    $out[] = implode('', $a);
    $out[] = call_user_func_array(function ($p) use ($name) { Co::sleep(0.001); return "$p$name"; }, ['cufa-']);
    $acc = new Acc;
    $acc->k = $name;
    $out[] = $acc->k . '/' . $acc->run($name) . '/' . $acc;
    $out[] = implode(',', iterator_to_array(gen($name)));
    $out[] = deep(50, $name);
    return implode(' ', $out) . " (all $started started before I finished)";
}

Co\run(function () use (&$log) {
    foreach (["A", "B", "C"] as $name) {
        go(function () use ($name, &$log) {
            $log[$name] = work($name);
        });
    }
});
ksort($log);
foreach ($log as $name => $line)
    echo "$name: $line\n";
?>
--EXPECT--
A: A1,A2 123 cufa-A A/run:A/acc1 A1,A2,A3 A..... (all 3 started before I finished)
B: B1,B2 123 cufa-B B/run:B/acc1 B1,B2,B3 B..... (all 3 started before I finished)
C: C1,C2 123 cufa-C C/run:C/acc1 C1,C2,C3 C..... (all 3 started before I finished)
