--TEST--
swoole: Co::set() options are applied and reported by Co::getOptions()
--FILE--
<?php
Co::set(['max_coroutine' => 3, 'stack_size' => 256 * 1024, 'enable_deadlock_check' => false,
         'socket_connect_timeout' => 1.5, 'socket_timeout' => 7]);
$o = Co::getOptions();
var_dump($o['max_coroutine'], $o['c_stack_size'], $o['enable_deadlock_check']);
var_dump($o['socket_connect_timeout'], $o['socket_read_timeout'], $o['socket_write_timeout']);
Co\run(function () {
    $ids = [];
    for ($i = 0; $i < 3; $i++) {
        $ids[] = go(function () { Co::sleep(0.001); });
    }
    var_dump(count(array_filter($ids)));
});
echo "done\n";
?>
--EXPECTF--
int(3)
int(262144)
bool(false)
float(1.5)
float(7)
float(7)
%AWarning: go(): exceeded max number of coroutines 3 in %s on line %d
int(2)
done
