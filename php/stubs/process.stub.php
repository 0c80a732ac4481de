<?php
/** @generate-class-entries */

namespace Swoole {
    /** @not-serializable */
    class Process
    {
        /** @var int|null */
        public $pipe = null;
        /** @var int|null */
        public $msgQueueId = null;
        /** @var int|null */
        public $msgQueueKey = null;
        /** @var int */
        public $pid = 0;
        /** @var int|null */
        public $id = null;
        /** @var callable */
        private $callback = null;

        public function __construct(callable $callback, bool $redirect_stdin_and_stdout = false, int $pipe_type = 2, bool $enable_coroutine = false) {}
        public function start(): int|false {}
        public function write(string $data): int|false {}
        public function read(int $size = 8192): string|false {}
        public function setTimeout(float $seconds): bool {}
        public function setBlocking(bool $blocking): void {}
        public function close(int $which = 0): bool {}
        public function exit(int $exit_code = 0): void {}
        public function name(string $process_name): bool {}
        public function exportSocket(): \Swoole\Coroutine\Socket|false {}
        public function setPriority(int $which, int $priority, ?int $who = null): bool {}
        public function getPriority(int $which, ?int $who = null): int|false {}
        public function useQueue(int $key = 0, int $mode = 2, int $capacity = -1): bool {}
        public function push(string $data): bool {}
        public function pop(int $size = 65536): string|false {}
        public function freeQueue(): bool {}
        public function statQueue(): array|false {}
        public static function kill(int $pid, int $signal_no = SIGTERM): bool {}
        public static function wait(bool $blocking = true): array|false {}
        public static function signal(int $signal_no, ?callable $callback = null): bool {}
        public static function alarm(int $usec, int $type = 0): bool {}
        public static function daemon(bool $nochdir = true, bool $noclose = true, array $pipes = []): bool {}
        public static function setAffinity(array $cpu_settings): bool {}
    }
}
