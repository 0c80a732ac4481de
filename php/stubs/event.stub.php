<?php
/** @generate-class-entries */

namespace Swoole {
    final class Event
    {
        /** @param resource|int|object $fd */
        public static function add(mixed $fd, ?callable $read_callback = null, ?callable $write_callback = null, int $events = SWOOLE_EVENT_READ): int|false {}
        /** @param resource|int|object $fd */
        public static function del(mixed $fd): bool {}
        /** @param resource|int|object $fd */
        public static function set(mixed $fd, ?callable $read_callback = null, ?callable $write_callback = null, int $events = 0): bool {}
        /** @param resource|int|object $fd */
        public static function isset(mixed $fd, int $events = SWOOLE_EVENT_READ | SWOOLE_EVENT_WRITE): bool {}
        public static function dispatch(): bool {}
        public static function defer(callable $callback): true {}
        public static function cycle(?callable $callback, bool $before = false): bool {}
        /** @param resource|int|object $fd */
        public static function write(mixed $fd, string $data): bool {}
        public static function wait(): void {}
        public static function rshutdown(): void {}
        public static function exit(): void {}
    }
}

namespace {
    /** @param resource|int|object $fd */
    function swoole_event_add(mixed $fd, ?callable $read_callback = null, ?callable $write_callback = null, int $events = SWOOLE_EVENT_READ): int|false {}
    /** @param resource|int|object $fd */
    function swoole_event_del(mixed $fd): bool {}
    /** @param resource|int|object $fd */
    function swoole_event_set(mixed $fd, ?callable $read_callback = null, ?callable $write_callback = null, int $events = 0): bool {}
    /** @param resource|int|object $fd */
    function swoole_event_isset(mixed $fd, int $events = SWOOLE_EVENT_READ | SWOOLE_EVENT_WRITE): bool {}
    function swoole_event_dispatch(): bool {}
    function swoole_event_defer(callable $callback): bool {}
    function swoole_event_cycle(?callable $callback, bool $before = false): bool {}
    /** @param resource|int|object $fd */
    function swoole_event_write(mixed $fd, string $data): bool {}
    function swoole_event_wait(): void {}
    function swoole_event_exit(): void {}
}
