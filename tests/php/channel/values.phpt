--TEST--
swoole channel: any value travels by reference count (arrays, objects, null, false); unpopped values are released
--FILE--
<?php
class Tracked { function __construct(public string $name) {} function __destruct() { echo "destruct {$this->name}\n"; } }
Co\run(function () {
    $chan = new chan(8);
    $obj = new Tracked('sent');
    $chan->push($obj);
    $chan->push([1, [2, 3]]);
    $chan->push(null);
    $chan->push(false);
    $chan->push(1.5);
    var_dump($chan->pop() === $obj);
    var_dump($chan->pop(), $chan->pop(), $chan->pop(), $chan->pop());
    unset($obj);
    $chan->push(new Tracked('left in the channel'));
    echo "drop the channel\n";
    $chan = null;
    echo "after\n";
    // a cycle through the channel is collected
    $c = new chan(2);
    $c->push($c);
    $c->push(new Tracked('in a cycle'));
    unset($c);
    var_dump(gc_collect_cycles() > 0);
});
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
}
NULL
bool(false)
float(1.5)
destruct sent
drop the channel
destruct left in the channel
after
destruct in a cycle
bool(true)
