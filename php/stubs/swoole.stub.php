<?php
/** @generate-class-entries */

namespace Swoole {
    class Exception extends \Exception {}

    class Error extends \Error {}

    final class ExitException extends Exception
    {
        public function getFlags(): int {}
        public function getStatus(): mixed {}
    }
}

namespace Swoole\Coroutine {
    /** Thrown inside a coroutine whose wait Co::cancel($cid, true) ended. */
    class CanceledException extends \Swoole\Exception {}
}

namespace {
    function swoole_version(): string {}
    function swoole_cpu_num(): int {}
    function swoole_last_error(): int {}
    function swoole_errno(): int {}
    function swoole_clear_error(): void {}
    function swoole_strerror(int $errno, int $error_type = 1): string {}
    function swoole_async_set(array $settings): void {}
    function swoole_get_local_ip(): array {}
    function swoole_get_local_mac(): array {}
    function swoole_set_process_name(string $process_name): bool {}
    function swoole_error_log(int $level, string $msg): void {}
}
