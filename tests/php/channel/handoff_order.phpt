--TEST--
swoole channel: a push resumes the waiting consumer at once; a pop resumes the waiting producer (Swoole's order)
--FILE--
<?php
Co\run(function () {
    $chan = new chan(1);
    go(function () use ($chan) {
        echo "consumer waits\n";
        $v = $chan->pop();
        echo "consumer got $v\n";
        $v = $chan->pop();
        echo "consumer got $v\n";
    });
    echo "producer pushes a\n";
    $chan->push('a');
    echo "producer pushed a\n";
    $chan->push('b');
    echo "producer pushed b\n";
    $chan->push('c');
    echo "producer pushed c (buffered)\n";
    go(function () use ($chan) {
        $chan->push('d');  // full: waits
        echo "second producer pushed d\n";
    });
    $v = $chan->pop();
    echo "main pops $v\n";
    $v = $chan->pop();
    echo "main pops $v\n";
    var_dump($chan->isEmpty(), $chan->length());
});
?>
--EXPECT--
consumer waits
producer pushes a
consumer got a
producer pushed a
consumer got b
producer pushed b
producer pushed c (buffered)
second producer pushed d
main pops c
main pops d
bool(true)
int(0)
