--TEST--
QA: 70000 live Swoole\Atomic objects are all usable (cells of shared chunks, not a mapping each: past vm.max_map_count too)
--FILE--
<?php
$arr = [];
try {
    for ($i = 0; $i < 70000; $i++) { $arr[] = new Swoole\Atomic($i); }
    $sum = 0;
    foreach ($arr as $a) { $sum += $a->add(1); }
    echo count($arr), " ", $sum, "\n";
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), " after $i\n";
}
?>
--EXPECT--
70000 2450035000
