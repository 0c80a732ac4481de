--TEST--
xdebug: every coroutine keeps its own function stack across Co::sleep, Channel::pop and Co::yield switches
--SKIPIF--
<?php
if (!file_exists('/usr/lib/php/20220829/xdebug.so')) die('skip xdebug.so (php8.2-xdebug) not installed');
?>
--INI--
zend_extension=/usr/lib/php/20220829/xdebug.so
xdebug.mode=develop
pcre.jit=0
--FILE--
<?php
// pcre.jit=0: PCRE's JIT code makes valgrind report uninitialised reads (false positives).
function stackNames(): string
{
    $names = [];
    foreach (xdebug_get_function_stack() as $f) {
        $fn = $f['function'] ?? '?';
        if (isset($f['class']))
            $fn = $f['class'] . ($f['type'] === 'static' ? '::' : '->') . $fn;
        $names[] = preg_replace(['/^\{fiber:[0-9A-Fa-f]+\}$/', '/^\{closure:.*:(\d+)-\d+\}$/'],
                                ['{fiber}', '{closure:$1}'], $fn);
    }
    array_pop($names);  // stackNames() itself
    return implode(' > ', $names);
}
function show(string $who, string $when) { echo "$who $when: ", stackNames(), "\n"; }

$ch = new Swoole\Coroutine\Channel(1);

class Alpha
{
    public function run($ch) { $this->step($ch); }
    private function step($ch) { alphaLeaf($ch); }
}
function alphaLeaf($ch)
{
    show('A', 'before');
    $got = $ch->pop();
    show('A', "after Channel::pop ($got)");
    Co::sleep(0.001);
    show('A', 'after Co::sleep');
    $ch->push('A done');
}
function betaOne($ch) { betaTwo($ch); }
function betaTwo($ch) { Beta::leaf($ch); }
class Beta
{
    public static function leaf($ch)
    {
        show('B', 'before');
        Co::sleep(0.01);
        show('B', 'after Co::sleep');
        $ch->push('msg');
        show('B', 'after Channel::push');
        Co::yield();
        show('B', 'after Co::yield');
    }
}
Co\run(function () use ($ch) {
    go(function () use ($ch) { (new Alpha)->run($ch); });
    $b = go('betaOne', $ch);
    show('main', 'after creating both');
    $ch->pop();  // waits behind A, gets A's 'A done'
    show('main', 'before resuming B');
    Co::resume($b);
    show('main', 'at the end');
});
show('top level', 'after run');
?>
--EXPECT--
A before: {fiber} > {closure:50} > Alpha->run > Alpha->step > alphaLeaf > show
B before: {fiber} > betaOne > betaTwo > Beta::leaf > show
main after creating both: {fiber} > {closure:49} > show
B after Co::sleep: {fiber} > betaOne > betaTwo > Beta::leaf > show
A after Channel::pop (msg): {fiber} > {closure:50} > Alpha->run > Alpha->step > alphaLeaf > show
B after Channel::push: {fiber} > betaOne > betaTwo > Beta::leaf > show
A after Co::sleep: {fiber} > {closure:50} > Alpha->run > Alpha->step > alphaLeaf > show
main before resuming B: {fiber} > {closure:49} > show
B after Co::yield: {fiber} > betaOne > betaTwo > Beta::leaf > show
main at the end: {fiber} > {closure:49} > show
top level after run: {main} > show
