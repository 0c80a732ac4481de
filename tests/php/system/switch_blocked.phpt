--TEST--
swoole system: a System wait where switching is forbidden (a destructor run by the GC) throws
--FILE--
<?php
class D {
    public $self;
    function __destruct() {
        foreach (['readFile' => [__FILE__], 'exec' => ['true'], 'waitSignal' => [SIGUSR1, 0.01]] as $m => $args) {
            try {
                Swoole\Coroutine\System::$m(...$args);
                echo "$m: no exception\n";
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
readFile: Cannot switch coroutines in this context
exec: Cannot switch coroutines in this context
waitSignal: Cannot switch coroutines in this context
after gc
