--TEST--
swoole event: a [$object, 'method'] callback that removes or replaces itself (Event::cycle(null), Event::set) keeps its object alive until it returns
--INI--
swoole.enable_coroutine=0
--FILE--
<?php
class Cycle {
    public $v = [1, 2, 3];
    function run() {
        Swoole\Event::cycle(null);           // drops the only other reference to $this
        echo "cycle: still running, ", count($this->v), "\n";
        Swoole\Event::exit();
    }
    function __destruct() { echo "Cycle destroyed\n"; }
}
Swoole\Event::cycle([new Cycle, 'run']);
Swoole\Timer::after(50, function () {});
Swoole\Event::wait();

class Reader {
    public $v = [1, 2];
    function __construct(public string $name) {}
    function onRead($s) {
        Swoole\Event::set($s, [new Reader('second'), 'onRead']);  // replaces this callback
        echo "$this->name: still running, ", count($this->v), "\n";
        Swoole\Event::del($s);
    }
    function __destruct() { echo "$this->name destroyed\n"; }
}
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, "hi");
Swoole\Event::add($a, [new Reader('first'), 'onRead']);
Swoole\Event::wait();
echo "done\n";
?>
--EXPECT--
cycle: still running, 3
Cycle destroyed
first: still running, 2
first destroyed
second destroyed
done
