<?php
/* A first look at coroutines: php -d extension=php/.libs/swoole.so examples/coroutine.php */
use Swoole\Coroutine;

Coroutine\run(function () {
    $results = [];
    $t0 = microtime(true);
    foreach ([3, 1, 2] as $n) {
        go(function () use ($n, &$results) {
            Coroutine::sleep($n / 10);        // suspends this coroutine only
            $results[] = $n;
            echo "coroutine #", Coroutine::getCid(), " slept {$n}00 ms\n";
        });
    }
    Coroutine::sleep(0.35);
    printf("all three finished in %.2f s (not 0.6): %s\n", microtime(true) - $t0,
           implode(',', $results));
});
