--TEST--
swoole waitgroup: add/done/wait/count, the waiter resumes from the last done(), timeout, misuse
--FILE--
<?php
use Swoole\Coroutine\WaitGroup;
Co\run(function () {
    $wg = new WaitGroup();
    foreach ([3, 1, 2] as $i) {
        $wg->add();
        go(function () use ($wg, $i) {
            Co::sleep($i / 10);  // 100 ms apart: the order survives valgrind
            echo "worker $i done\n";
            $wg->done();
            echo "worker $i after done\n";
        });
    }
    echo "count ", $wg->count(), "\n";
    var_dump($wg->wait());
    echo "main resumed\n";
    var_dump($wg->wait());  // zero: returns at once

    $wg2 = new WaitGroup(1);
    var_dump($wg2->wait(0.01), swoole_last_error() === SWOOLE_ERROR_CO_TIMEDOUT);
    try { $wg2->add(-2); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
    var_dump($wg2->count());
});
?>
--EXPECT--
count 3
worker 1 done
worker 1 after done
worker 2 done
worker 2 after done
worker 3 done
bool(true)
main resumed
bool(true)
worker 3 after done
bool(false)
bool(true)
WaitGroup misuse: negative counter
int(1)
