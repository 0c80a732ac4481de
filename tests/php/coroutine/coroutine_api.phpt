--TEST--
swoole coroutine: getContext (freed at the end), defer order, backtraces of another coroutine, join, cancel, list, stats, getPcid, getElapsed
--FILE--
<?php
class InCtx { function __construct(public string $n) {} function __destruct() { echo "context object {$this->n} destructed\n"; } }
function deeper($n) { if ($n) return deeper($n - 1); Co::yield(); }

Co\run(function () {
    echo "--- context\n";
    $c = go(function () {
        $ctx = Co::getContext();
        var_dump($ctx instanceof Swoole\Coroutine\Context, $ctx instanceof ArrayObject);
        $ctx['obj'] = new InCtx('A');
        var_dump(Co::getContext() === $ctx);
        Co::sleep(0.001);
        echo "A ends, context holds ", count(Co::getContext()), " item\n";
    });
    var_dump(Co::getContext($c)['obj']->n);
    var_dump(Co::getContext(999999));
    Co::join([$c]);
    echo "joined A\n";

    echo "--- defer\n";
    $d = go(function () {
        defer(function () { echo "defer 1\n"; });
        Co::defer(function () { echo "defer 2\n"; });
        defer(function () {
            try {
                throw new RuntimeException("caught inside defer 3");
            } catch (RuntimeException $e) {
                echo "defer 3: ", $e->getMessage(), "\n";
            }
        });
        defer(function () { echo "defer 4 sees cid ", Co::getCid(), "\n"; });
        try {
            Co::sleep(0.001);
            throw new LogicException("body throws");
        } catch (LogicException $e) {
            echo "caught ", $e->getMessage(), "\n";
        }
        echo "body ends\n";
    });
    try { Co::join([$d]); } catch (Throwable $e) { echo "?!\n"; }

    echo "--- backtrace of another coroutine\n";
    $bt = go(function () { deeper(2); echo "bt coroutine resumed\n"; });
    $trace = Co::getBackTrace($bt, DEBUG_BACKTRACE_IGNORE_ARGS);
    foreach ($trace as $i => $f)
        echo "#$i ", $f['class'] ?? '', $f['type'] ?? '', $f['function'], isset($f['line']) ? " line {$f['line']}" : '', "\n";
    Co::printBackTrace($bt);
    echo "own: ", count(Co::getBackTrace()), " frame(s), first ", Co::getBackTrace()[0]['function'], "\n";
    var_dump(Co::getBackTrace(999999));
    Co::resume($bt);

    echo "--- join\n";
    $j2 = go(function () { Co::sleep(0.001); echo "j2 done\n"; });
    $j1 = go(function () use ($j2) { Co::join([$j2]); Co::sleep(0.001); echo "j1 done\n"; });
    var_dump(Co::join([$j1, $j2]));
    echo "both joined\n";
    $slow = go(function () { Co::sleep(0.2); echo "slow done\n"; });
    var_dump(Co::join([$slow], 0.01), swoole_last_error() === SWOOLE_ERROR_CO_TIMEDOUT);
    var_dump(Co::join([]), Co::join([Co::getCid()]));
    var_dump(Co::join([999999]));  // already ended: nothing to wait for

    echo "--- cancel\n";
    $y = go(function () {
        $r = Co::yield();
        var_dump($r, Co::isCanceled(), swoole_last_error() === SWOOLE_ERROR_CO_CANCELED);
    });
    $s = go(function () {
        $r = Co::sleep(10);
        var_dump($r, Co::isCanceled());
    });
    var_dump(Co::cancel($y), Co::cancel($s));
    var_dump(Co::cancel(999999), swoole_last_error() === SWOOLE_ERROR_CO_NOT_EXISTS);
    var_dump(Co::cancel(Co::getCid()), swoole_last_error() === SWOOLE_ERROR_CO_CANNOT_CANCEL);
    var_dump(Co::isCanceled());
    Co::cancel($slow);

    echo "--- list, stats, pcid, elapsed\n";
    $w = go(function () { Co::yield(); });
    $list = Co::list();
    var_dump($list instanceof Swoole\Coroutine\Iterator, $list instanceof ArrayIterator);
    $ids = iterator_to_array($list);
    sort($ids);
    var_dump($ids === [1, $w]);
    $st = Co::stats();
    var_dump($st['coroutine_num'], $st['coroutine_last_cid'] === $w, $st['coroutine_peak_num'] >= 4);
    var_dump(Co::getPcid(), Co::getPcid($w), Co::getPcid(999999));
    $n = go(function () { return go(function () { echo "grandchild pcid ", Co::getPcid(), " of ", Co::getCid(), "\n"; }); });
    $e0 = Co::getElapsed();
    Co::sleep(0.05);
    $e1 = Co::getElapsed();
    var_dump($e1 - $e0 >= 49, Co::getElapsed($w) >= 49, Co::getElapsed(999999));
    var_dump(Co::exists($w), Co::exists(999999));
    Co::resume($w);
    var_dump(Co::exists($w));
});
echo "outside: ", Co::getCid(), " ", Co::getPcid(), " ", var_export(Co::getContext(), true), " ", Co::getElapsed(), "\n";
?>
--EXPECTF--
--- context
bool(true)
bool(true)
bool(true)
string(1) "A"
NULL
A ends, context holds 1 item
context object A destructed
joined A
--- defer
caught body throws
body ends
defer 4 sees cid 3
defer 3: caught inside defer 3
defer 2
defer 1
--- backtrace of another coroutine
#0 Swoole\Coroutine::yield line 3
#1 deeper line 3
#2 deeper line 3
#3 deeper line 43
#4 {closure}
#0 %scoroutine_api.php(3): Swoole\Coroutine::yield()
#1 %scoroutine_api.php(3): deeper(0)
#2 %scoroutine_api.php(3): deeper(1)
#3 %scoroutine_api.php(43): deeper(2)
#4 [internal function]: {closure}()
own: 1 frame(s), first {closure}
bool(false)
bt coroutine resumed
--- join
j2 done
j1 done
bool(true)
both joined
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
--- cancel
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
slow done
--- list, stats, pcid, elapsed
bool(true)
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
int(-1)
int(1)
bool(false)
grandchild pcid 11 of 12
bool(true)
bool(true)
int(-1)
bool(true)
bool(false)
bool(false)
outside: -1 -1 NULL -1
