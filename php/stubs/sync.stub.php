<?php
/** @generate-class-entries */

namespace Swoole\Coroutine {
    /** @not-serializable */
    final class WaitGroup
    {
        public function __construct(int $delta = 0) {}
        public function add(int $delta = 1): void {}
        public function done(): void {}
        public function wait(float $timeout = -1): bool {}
        public function count(): int {}
    }

    /** @not-serializable */
    final class Barrier
    {
        private function __construct() {}
        public static function make(): Barrier {}
        public static function wait(Barrier &$barrier, float $timeout = -1): void {}
    }
}
