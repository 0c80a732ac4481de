--TEST--
plugin loader: no plugin enabled, and the defaults of the settings
--FILE--
<?php
var_dump(ini_get('swoole.plugin_failure'));
var_dump(is_string(ini_get('swoole.plugin_dir')));
ob_start();
(new ReflectionExtension('swoole'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line)
    if (str_starts_with($line, 'enabled plugins') || str_starts_with($line, 'SDK version'))
        echo $line, "\n";
?>
--EXPECT--
string(4) "warn"
bool(true)
SDK version => 1.3
enabled plugins => none (add swoole.plugins[] = NAME)
