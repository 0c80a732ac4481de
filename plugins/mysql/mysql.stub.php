<?php
/** @generate-class-entries */

namespace Swoole\Coroutine {
    /** @not-serializable */
    class MySQL
    {
        public mixed $serverInfo = [];
        public mixed $sock = -1;
        public mixed $connected = false;
        public mixed $connect_error = '';
        public mixed $connect_errno = 0;
        public mixed $affected_rows = 0;
        public mixed $insert_id = 0;
        public mixed $error = '';
        public mixed $errno = 0;

        public function __construct() {}
        public function getDefer(): bool {}
        public function setDefer(bool $defer = true): bool {}
        public function connect(array $server_config = []): bool {}
        public function recv(float $timeout = 0): mixed {}
        public function query(string $sql, float $timeout = 0): mixed {}
        public function fetch(): mixed {}
        public function fetchAll(): mixed {}
        public function nextResult(float $timeout = 0): mixed {}
        public function prepare(string $query, float $timeout = 0): mixed {}
        public function close(): bool {}
        public function begin(float $timeout = 0): bool {}
        public function commit(float $timeout = 0): bool {}
        public function rollback(float $timeout = 0): bool {}
        public function escape(string $string, int $flags = 0): string|false {}
    }
}

namespace Swoole\Coroutine\MySQL {
    /** @not-serializable */
    final class Statement
    {
        public mixed $id = 0;
        public mixed $affected_rows = 0;
        public mixed $insert_id = 0;
        public mixed $error = '';
        public mixed $errno = 0;

        private function __construct() {}
        public function execute(array $params = [], float $timeout = 0): mixed {}
        public function fetch(float $timeout = 0): mixed {}
        public function fetchAll(float $timeout = 0): mixed {}
        public function nextResult(float $timeout = 0): mixed {}
        public function recv(float $timeout = 0): mixed {}
        public function close(): bool {}
    }
}
