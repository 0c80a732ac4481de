--TEST--
swoole coroutine: exceptions thrown and caught across switches, finally blocks, no leaking into another coroutine
--FILE--
<?php
function thrower(string $who, int $depth)
{
    if ($depth === 0) {
        Co::sleep(0.001);
        throw new LogicException("from $who");
    }
    try {
        thrower($who, $depth - 1);
    } finally {
        echo "$who: finally at depth $depth (cid ", Co::getCid(), ")\n";
        Co::yield();  // suspended while the exception is in flight
        echo "$who: finally at depth $depth resumed\n";
    }
}

Co\run(function () {
    $a = go(function () {
        try {
            thrower('A', 2);
        } catch (LogicException $e) {
            echo "A caught: ", $e->getMessage(), " (cid ", Co::getCid(), ")\n";
            Co::yield();
            echo "A still has: ", $e->getMessage(), ", previous: ", var_export($e->getPrevious(), true), "\n";
        }
        try {
            try {
                Co::sleep(0.001);
                throw new RuntimeException("inner A");
            } catch (RuntimeException $e) {
                Co::yield();  // switch inside a catch block
                throw new DomainException("outer A", 0, $e);
            }
        } catch (DomainException $e) {
            echo "A chained: ", $e->getMessage(), " <- ", $e->getPrevious()->getMessage(), "\n";
        }
        echo "A ends cleanly\n";
    });
    $b = go(function () {
        try {
            thrower('B', 1);
        } catch (Exception $e) {
            echo "B caught: ", get_class($e), ' ', $e->getMessage(), "\n";
        }
        try {
            Co::yield();
            echo "B: no exception here\n";
        } catch (Throwable $e) {
            echo "B wrongly caught: ", $e->getMessage(), "\n";
        }
        echo "B ends cleanly\n";
    });
    // Drive both until they end: each resume runs one of them up to its next yield.
    $round = 0;
    while (Co::exists($a) || Co::exists($b)) {
        Co::sleep(0.002);
        foreach (['A' => $a, 'B' => $b] as $name => $cid) {
            if (Co::exists($cid) && Co::resume($cid) === false)
                echo "not resumable: $name\n";
        }
        if (++$round > 20)
            break;
    }
    echo "driver done\n";
});
?>
--EXPECT--
A: finally at depth 1 (cid 2)
B: finally at depth 1 (cid 3)
A: finally at depth 1 resumed
A: finally at depth 2 (cid 2)
B: finally at depth 1 resumed
B caught: LogicException from B
A: finally at depth 2 resumed
A caught: from A (cid 2)
B: no exception here
B ends cleanly
A still has: from A, previous: NULL
A chained: outer A <- inner A
A ends cleanly
driver done
