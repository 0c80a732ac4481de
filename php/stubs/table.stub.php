<?php
/** @generate-class-entries */

namespace Swoole {
    /** @not-serializable */
    class Table implements \Iterator, \Countable
    {
        /** @var int */
        public const TYPE_INT = 1;
        /** @var int */
        public const TYPE_FLOAT = 2;
        /** @var int */
        public const TYPE_STRING = 3;


        public function __construct(int $table_size, float $conflict_proportion = 0.2) {}
        public function column(string $name, int $type, int $size = 0): bool {}
        public function create(): bool {}
        public function destroy(): bool {}
        public function set(string $key, array $value): bool {}
        public function get(string $key, ?string $field = null): array|false|string|float|int {}
        public function del(string $key): bool {}
        /** @implementation-alias Swoole\Table::del */
        public function delete(string $key): bool {}
        public function exists(string $key): bool {}
        /** @implementation-alias Swoole\Table::exists */
        public function exist(string $key): bool {}
        public function incr(string $key, string $column, int|float $incrby = 1): false|float|int {}
        public function decr(string $key, string $column, int|float $incrby = 1): false|float|int {}
        public function count(int $mode = COUNT_NORMAL): int {}
        public function getSize(): int {}
        public function getMemorySize(): int {}
        public function stats(): false|array {}
        public function rewind(): void {}
        public function next(): void {}
        public function current(): mixed {}
        public function key(): mixed {}
        public function valid(): bool {}
    }
}
