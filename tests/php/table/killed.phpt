--TEST--
Swoole\Table: children SIGKILLed while they hammer incr() on one row never leave the others stuck (a lock whose holder died is taken over, with a warning)
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl needed'); ?>
--FILE--
<?php
use Swoole\Table;

$t = new Table(64);
$t->column('n', Table::TYPE_INT);
$t->column('alive', Table::TYPE_INT);
$t->create();

$rounds = 20;
for ($r = 0; $r < $rounds; $r++) {
    $t->set('child', ['alive' => 0]);
    if (($pid = pcntl_fork()) === 0) {
        $t->set('child', ['alive' => 1]);
        for (;;)
            $t->incr('hot', 'n');
    }
    while ($t->get('child', 'alive') !== 1)
        usleep(1000);
    usleep(1000 * ($r % 5));
    exec("kill -9 $pid");
    pcntl_waitpid($pid, $st);
    if (!pcntl_wifsignaled($st))
        echo "round $r: the child was not killed\n";
    // whatever the child held, these return
    $before = $t->get('hot', 'n');
    $after = $t->incr('hot', 'n');
    if ($after !== $before + 1)
        echo "round $r: $before + 1 gave $after\n";
}
var_dump($t->get('hot', 'n') > $rounds, count($t));
echo "done\n";
?>
--EXPECTF--
%Abool(true)
int(2)
done
