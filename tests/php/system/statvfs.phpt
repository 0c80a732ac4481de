--TEST--
swoole system: statvfs() fields, and a missing path
--FILE--
<?php
use Swoole\Coroutine\System;
Co\run(function () {
    $s = System::statvfs('/');
    var_dump(array_keys($s));
    var_dump($s['bsize'] > 0, $s['blocks'] >= $s['bfree'], $s['namemax'] > 0);
    var_dump(Co::statvfs('/nonexistent/swoole/path'), swoole_last_error());
});
?>
--EXPECTF--
array(11) {
  [0]=>
  string(5) "bsize"
  [1]=>
  string(6) "frsize"
  [2]=>
  string(6) "blocks"
  [3]=>
  string(5) "bfree"
  [4]=>
  string(6) "bavail"
  [5]=>
  string(5) "files"
  [6]=>
  string(5) "ffree"
  [7]=>
  string(6) "favail"
  [8]=>
  string(4) "fsid"
  [9]=>
  string(4) "flag"
  [10]=>
  string(7) "namemax"
}
bool(true)
bool(true)
bool(true)

Warning: Swoole\Coroutine::statvfs(): statvfs(/nonexistent/swoole/path) failed: No such file or directory in %s on line %d
bool(false)
int(2)
