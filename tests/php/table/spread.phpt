--TEST--
Swoole\Table: similar keys spread over the buckets — "k0".."k499" fit a table of 1024, "user:1".."user:5000" one of 8192, 40,000 IP addresses one of 65536 (taking only the low bits of PHP's string hash, as Swoole does, each would overflow its conflict pool)
--FILE--
<?php
use Swoole\Table;

function fill(int $size, iterable $keys): string {
    $t = new Table($size);
    $t->column('v', Table::TYPE_INT);
    $t->create();
    $n = $failed = 0;
    foreach ($keys as $k) {
        $n++;
        if (!@$t->set($k, ['v' => $n]))
            $failed++;
    }
    $s = $t->stats();
    return "$n keys, $failed failed, pool " . ($s['total_slice_num'] - $s['available_slice_num']) . "/{$s['total_slice_num']}, count " . count($t);
}

function seq(string $prefix, int $from, int $to) { for ($i = $from; $i <= $to; $i++) yield $prefix . $i; }
function ips() { for ($i = 0; $i < 40000; $i++) yield '192.168.' . ($i >> 8) . '.' . ($i & 255); }

echo fill(1024, seq('k', 0, 499)), "\n";
echo fill(8192, seq('user:', 1, 5000)), "\n";
echo fill(65536, ips()), "\n";
?>
--EXPECTF--
500 keys, 0 failed, pool %d/204, count 500
5000 keys, 0 failed, pool %d/1638, count 5000
40000 keys, 0 failed, pool %d/13107, count 40000
