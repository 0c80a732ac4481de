--TEST--
seed 003 §5 Timer (零毫秒定时器): Swoole\Event::defer runs its callback once the script has finished, like setTimeout(0, func)
--SKIPIF--
<?php if (!method_exists('Swoole\Event', 'defer')) die('skip Swoole\Event::defer not implemented yet'); ?>
--FILE--
<?php
Swoole\Event::defer(function () {
    echo "hello\n";
});
echo "script end\n";
?>
--EXPECT--
script end
hello
