--TEST--
swoole coroutine: Co::yield()/Co::resume() inside __get, __set, __call, __callStatic, __toString, a generator and IteratorAggregate::getIterator
--FILE--
<?php
function step(string $tag): void
{
    echo "  $tag: yield\n";
    Co::yield();
    echo "  $tag: resumed\n";
}

class Magic
{
    private array $data = [];
    public function __get($name)
    {
        step("__get($name)");
        return $this->data[$name] ?? "none";
    }
    public function __set($name, $value)
    {
        step("__set($name)");
        $this->data[$name] = $value;
    }
    public function __call($name, $args)
    {
        step("__call($name)");
        return $name . '(' . implode(',', $args) . ')';
    }
    public static function __callStatic($name, $args)
    {
        step("__callStatic($name)");
        return "static $name";
    }
    public function __toString(): string
    {
        step("__toString");
        return "Magic as string";
    }
}

function gen(): Generator
{
    for ($i = 1; $i <= 2; $i++) {
        step("generator before yield $i");
        $got = yield $i => $i * 100;
        step("generator after yield $i");
    }
    return "gen returned";
}

class Bag implements IteratorAggregate
{
    public function getIterator(): Iterator
    {
        step("getIterator");
        yield 'x' => 1;
        step("inside getIterator's generator");
        yield 'y' => 2;
    }
}

Co\run(function () {
    $worker = go(function () {
        $m = new Magic;
        $m->color = 'red';
        $v = $m->color;
        echo "__get/__set: $v\n";
        $v = $m->paint(1, 2);
        echo "__call: $v\n";
        $v = Magic::build();
        echo "__callStatic: $v\n";
        $v = (string)$m;
        echo "__toString: $v\n";

        $gen = gen();
        foreach ($gen as $k => $v)
            echo "foreach $k => $v\n";
        echo "generator: ", $gen->getReturn(), "\n";

        foreach (new Bag as $k => $v)
            echo "bag $k => $v\n";
        echo "worker returns\n";
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
  __set(color): yield
driver 1
  __set(color): resumed
  __get(color): yield
driver 2
  __get(color): resumed
__get/__set: red
  __call(paint): yield
driver 3
  __call(paint): resumed
__call: paint(1,2)
  __callStatic(build): yield
driver 4
  __callStatic(build): resumed
__callStatic: static build
  __toString: yield
driver 5
  __toString: resumed
__toString: Magic as string
  generator before yield 1: yield
driver 6
  generator before yield 1: resumed
foreach 1 => 100
  generator after yield 1: yield
driver 7
  generator after yield 1: resumed
  generator before yield 2: yield
driver 8
  generator before yield 2: resumed
foreach 2 => 200
  generator after yield 2: yield
driver 9
  generator after yield 2: resumed
generator: gen returned
  getIterator: yield
driver 10
  getIterator: resumed
bag x => 1
  inside getIterator's generator: yield
driver 11
  inside getIterator's generator: resumed
bag y => 2
worker returns
driver done after 11 resumes
