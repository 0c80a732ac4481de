--TEST--
swoole coroutine: output buffers belong to the coroutine that started them
--FILE--
<?php
Co\run(function () {
    $a = go(function () {
        ob_start();
        echo "A1 ";
        Co::sleep(0.02);
        echo "A2 ";
        ob_start();
        echo "A-inner ";
        Co::yield();
        $inner = ob_get_clean();
        echo "A3 ";
        $got = ob_get_clean();
        echo "A buffer: [$got], inner: [$inner], level now ", ob_get_level(), "\n";
    });
    $b = go(function () {
        echo "B level ", ob_get_level(), "\n";
        echo "B echoes while A buffers\n";
        Co::sleep(0.001);
        echo "B again, level ", ob_get_level(), "\n";
        ob_start();
        echo "B buffered";
        Co::sleep(0.05);
        $x = ob_get_clean();
        echo "B buffer: [$x]\n";
    });
    echo "main level ", ob_get_level(), "\n";
    Co::sleep(0.03);
    echo "main resumes A, level ", ob_get_level(), "\n";
    Co::resume($a);
    echo "main done\n";
});
// A buffer left open at the end of a coroutine is flushed, as at the end of a request.
go(function () {
    ob_start(function ($s) { return strtoupper($s); });
    echo "left open ";
    Co::sleep(0.001);
    echo "by the coroutine\n";
});
// The main context's buffer does not capture what a coroutine prints: each coroutine
// starts with no buffer of its own.
ob_start();
go(function () { echo "coroutine output is not in main's buffer\n"; });
echo "main buffered";
$main = ob_get_clean();
echo "main buffer: [$main]\n";
?>
--EXPECT--
B level 0
B echoes while A buffers
main level 0
B again, level 0
main resumes A, level 0
A buffer: [A1 A2 A3 ], inner: [A-inner ], level now 0
main done
B buffer: [B buffered]
coroutine output is not in main's buffer
main buffer: [main buffered]
LEFT OPEN BY THE COROUTINE
