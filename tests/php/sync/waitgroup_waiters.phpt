--TEST--
swoole waitgroup: several waiters wake in order; a waiter that waits again is not woken by the same done()
--FILE--
<?php
use Swoole\Coroutine\WaitGroup;
Co\run(function () {
    $wg = new WaitGroup(1);
    foreach (['a', 'b'] as $name) {
        go(function () use ($wg, $name) {
            var_dump([$name => $wg->wait()]);
            if ($name === 'a') {
                $wg->add(1);
                echo "a waits again\n";
                var_dump(['a again' => $wg->wait(0.05)]);
            }
        });
    }
    echo "done\n";
    $wg->done();
    echo "after done\n";
});
?>
--EXPECT--
done
array(1) {
  ["a"]=>
  bool(true)
}
a waits again
array(1) {
  ["b"]=>
  bool(true)
}
after done
array(1) {
  ["a again"]=>
  bool(false)
}
