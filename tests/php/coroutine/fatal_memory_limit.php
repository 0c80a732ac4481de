<?php
go(function () {
    defer(function () { echo "defer?!\n"; });
    Co::sleep(0.001);
    try {
        $a = [];
        while (true)
            $a[] = str_repeat("x", 10000);
    } finally {
        echo "finally?!\n";
    }
});
go(function () {
    Co::sleep(0.05);
    echo "b?!\n";
});
echo "main end\n";
?>
