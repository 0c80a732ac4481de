<?php
/** @generate-class-entries */

namespace Swoole {
    final class Coroutine
    {
        public static function create(callable $func, mixed ...$param): int|false {}
        public static function defer(callable $callback): void {}
        public static function set(array $options): void {}
        public static function getOptions(): ?array {}
        public static function exists(int $cid): bool {}
        public static function yield(): bool {}
        /** @implementation-alias Swoole\Coroutine::yield */
        public static function suspend(): bool {}
        public static function cancel(int $cid, bool $throw_exception = false): bool {}
        public static function join(array $cid_array, float $timeout = -1): bool {}
        public static function isCanceled(): bool {}
        public static function resume(int $cid): bool {}
        public static function stats(): array {}
        public static function getCid(): int {}
        /** @implementation-alias Swoole\Coroutine::getCid */
        public static function getuid(): int {}
        public static function getPcid(int $cid = 0): int|false {}
        public static function getContext(int $cid = 0): ?\Swoole\Coroutine\Context {}
        public static function getBackTrace(int $cid = 0, int $options = DEBUG_BACKTRACE_PROVIDE_OBJECT, int $limit = 0): array|false {}
        public static function printBackTrace(int $cid = 0, int $options = 0, int $limit = 0): void {}
        public static function getElapsed(int $cid = 0): int {}
        public static function getStackUsage(int $cid = 0): int|false {}
        public static function list(): \Swoole\Coroutine\Iterator {}
        /** @implementation-alias Swoole\Coroutine::list */
        public static function listCoroutines(): \Swoole\Coroutine\Iterator {}

        /** @implementation-alias Swoole\Coroutine\System::sleep */
        public static function sleep(float $seconds): bool {}
        /** @implementation-alias Swoole\Coroutine\System::usleep */
        public static function usleep(int $microseconds): bool {}
        /** @implementation-alias Swoole\Coroutine\System::exec */
        public static function exec(string $command, bool $get_error_stream = false): array|false {}
        /** @implementation-alias Swoole\Coroutine\System::gethostbyname */
        public static function gethostbyname(string $domain_name, int $type = AF_INET, float $timeout = -1): string|false {}
        /** @implementation-alias Swoole\Coroutine\System::getaddrinfo */
        public static function getaddrinfo(string $domain, int $family = AF_INET, int $socktype = SOCK_STREAM, int $protocol = STREAM_IPPROTO_TCP, ?string $service = null, float $timeout = -1): array|false {}
        /** @implementation-alias Swoole\Coroutine\System::dnsLookup */
        public static function dnsLookup(string $domain_name, float $timeout = 5, int $type = AF_INET): string|false {}
        /** @implementation-alias Swoole\Coroutine\System::statvfs */
        public static function statvfs(string $path): array|false {}
        /** @implementation-alias Swoole\Coroutine\System::readFile */
        public static function readFile(string $filename, int $flag = 0): string|false {}
        /** @implementation-alias Swoole\Coroutine\System::writeFile */
        public static function writeFile(string $filename, string $fileContent, int $flags = 0): int|false {}
        /**
         * @param resource $handle
         * @implementation-alias Swoole\Coroutine\System::fread
         */
        public static function fread($handle, int $length = 0): string|false {}
        /**
         * @param resource $handle
         * @implementation-alias Swoole\Coroutine\System::fgets
         */
        public static function fgets($handle): string|false {}
        /**
         * @param resource $handle
         * @implementation-alias Swoole\Coroutine\System::fwrite
         */
        public static function fwrite($handle, string $data, int $length = 0): int|false {}
        /** @implementation-alias Swoole\Coroutine\System::wait */
        public static function wait(float $timeout = -1): array|false {}
        /** @implementation-alias Swoole\Coroutine\System::waitPid */
        public static function waitPid(int $pid, float $timeout = -1): array|false {}
        /** @implementation-alias Swoole\Coroutine\System::waitSignal */
        public static function waitSignal(int|array $signals, float $timeout = -1): int|false {}
        /**
         * @param resource|int $socket
         * @implementation-alias Swoole\Coroutine\System::waitEvent
         */
        public static function waitEvent(mixed $socket, int $events = SWOOLE_EVENT_READ, float $timeout = -1): int|false {}
    }
}

namespace Swoole\Coroutine {
    final class Context extends \ArrayObject {}

    final class Iterator extends \ArrayIterator {}

    function run(callable $fn, mixed ...$args): bool {}

    final class System
    {
        public static function sleep(float $seconds): bool {}
        public static function usleep(int $microseconds): bool {}
        public static function exec(string $command, bool $get_error_stream = false): array|false {}
        public static function gethostbyname(string $domain_name, int $type = AF_INET, float $timeout = -1): string|false {}
        public static function getaddrinfo(string $domain, int $family = AF_INET, int $socktype = SOCK_STREAM, int $protocol = STREAM_IPPROTO_TCP, ?string $service = null, float $timeout = -1): array|false {}
        public static function dnsLookup(string $domain_name, float $timeout = 5, int $type = AF_INET): string|false {}
        public static function statvfs(string $path): array|false {}
        public static function readFile(string $filename, int $flag = 0): string|false {}
        public static function writeFile(string $filename, string $fileContent, int $flags = 0): int|false {}
        /** @param resource $handle */
        public static function fread($handle, int $length = 0): string|false {}
        /** @param resource $handle */
        public static function fgets($handle): string|false {}
        /** @param resource $handle */
        public static function fwrite($handle, string $data, int $length = 0): int|false {}
        public static function wait(float $timeout = -1): array|false {}
        public static function waitPid(int $pid, float $timeout = -1): array|false {}
        public static function waitSignal(int|array $signals, float $timeout = -1): int|false {}
        /** @param resource|int $socket */
        public static function waitEvent(mixed $socket, int $events = SWOOLE_EVENT_READ, float $timeout = -1): int|false {}
    }
}
