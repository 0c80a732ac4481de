--TEST--
swoole system: System waits work inside a destructor run by the cycle collector
--FILE--
<?php
class D {
    public $self;
    function __destruct() {
        foreach (['readFile' => [__FILE__], 'exec' => ['true'], 'waitSignal' => [SIGUSR1, 0.01]] as $m => $args) {
            try {
                $r = Swoole\Coroutine\System::$m(...$args);
                echo "$m: returned ", gettype($r), "\n";
            } catch (Swoole\Error $e) {
                echo "$m: ", $e->getMessage(), "\n";
            }
        }
    }
}
Co\run(function () {
    $d = new D;
    $d->self = $d;
    unset($d);
    gc_collect_cycles();
    echo "after gc\n";
});
?>
--EXPECT--
readFile: returned string
exec: returned array
waitSignal: returned boolean
after gc
