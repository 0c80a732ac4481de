<?php
/** @generate-class-entries */

namespace Swoole {
    /** @not-serializable */
    class Lock
    {
        /** @var int */
        public const RWLOCK = 1;
        /** @var int */
        public const MUTEX = 3;
        /** @var int */
        public const SEM = 4;
        /** @var int */
        public const SPINLOCK = 5;

        public int $errCode = 0;

        public function __construct(int $type = SWOOLE_MUTEX, string $filename = '') {}
        public function lock(): bool {}
        public function trylock(): bool {}
        public function unlock(): bool {}
        public function lock_read(): bool {}
        public function trylock_read(): bool {}
        public function lockwait(float $timeout = 1.0): bool {}
    }
}

namespace Swoole\Coroutine {
    /** @not-serializable */
    class Lock
    {
        public int $errCode = 0;

        public function __construct(bool $shared = false) {}
        public function lock(): bool {}
        public function trylock(): bool {}
        public function unlock(): bool {}
    }
}
