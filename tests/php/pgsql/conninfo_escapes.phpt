--TEST--
Swoole\Coroutine\PostgreSQL::connect: in Swoole's "k=v;k=v" form a backslash escapes as libpq reads it, in unquoted values too — an escaped quote (application_name=it\'s) opens no quoted value that would swallow the pairs after it, an escaped ';' is part of the value
--INI--
swoole.plugins[]=pgsql
--SKIPIF--
<?php require __DIR__ . '/../include/pgsql.inc'; pgt_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../include/pgsql.inc';

Co\run(function () {
    $e = pgt_need_env();
    $base = "host={$e['host']};port={$e['port']};user={$e['user']};password={$e['password']}";
    foreach (["application_name=it\\'s;dbname={$e['db']}",
              "application_name=a\\;b;dbname={$e['db']}",
              "application_name='q\\'d;x';dbname={$e['db']}"] as $tail) {
        $pg = new Swoole\Coroutine\PostgreSQL;
        if (!$pg->connect("$base;$tail", 10)) {
            echo "connect failed: ", $pg->error;
            continue;
        }
        var_dump(pgt_q($pg, "SELECT current_setting('application_name') AS a, current_database() = "
                            . $pg->escapeLiteral($e['db']) . " AS same_db")->fetchRow());
    }
});
echo "done\n";
?>
--EXPECT--
array(2) {
  [0]=>
  string(4) "it's"
  [1]=>
  bool(true)
}
array(2) {
  [0]=>
  string(3) "a;b"
  [1]=>
  bool(true)
}
array(2) {
  [0]=>
  string(5) "q'd;x"
  [1]=>
  bool(true)
}
done
