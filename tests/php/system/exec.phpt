--TEST--
swoole system: exec() returns code, signal and output; stderr only when asked; Co::exec alias
--FILE--
<?php
use Swoole\Coroutine\System;
Co\run(function () {
    var_dump(System::exec('printf "a\nb\n"; exit 3'));
    var_dump(System::exec('echo out; echo err >&2', true)['output']);
    $r = System::exec('nonexistent_command_swoole_test', true);
    var_dump($r['code'], str_contains($r['output'], 'not found'));
    var_dump(System::exec('kill -9 $$'));
    // The command does not inherit the signals the loop blocks for its own use.
    System::waitSignal(SIGUSR1, 0.001);
    var_dump(trim(Co::exec('grep SigBlk /proc/self/status')['output']));
    var_dump(strlen(Co::exec('head -c 200000 /dev/zero')['output']));
});
?>
--EXPECT--
array(3) {
  ["code"]=>
  int(3)
  ["signal"]=>
  int(0)
  ["output"]=>
  string(4) "a
b
"
}
string(8) "out
err
"
int(127)
bool(true)
array(3) {
  ["code"]=>
  int(0)
  ["signal"]=>
  int(9)
  ["output"]=>
  string(0) ""
}
string(24) "SigBlk:	0000000000000000"
int(200000)
