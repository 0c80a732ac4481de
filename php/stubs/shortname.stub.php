<?php
/** @generate-class-entries */

/* Registered only when swoole.use_shortname is on (the default). */

namespace {
    function go(callable $func, mixed ...$param): int|false {}
    function defer(callable $callback): void {}
}

namespace Co {
    function run(callable $fn, mixed ...$args): bool {}
}
