<?php
/** @generate-class-entries */

namespace {
    /**
     * @var int
     * @cvalue PGSQL_ASSOC
     */
    const SW_PGSQL_ASSOC = UNKNOWN;
    /**
     * @var int
     * @cvalue PGSQL_NUM
     */
    const SW_PGSQL_NUM = UNKNOWN;
    /**
     * @var int
     * @cvalue PGSQL_BOTH
     */
    const SW_PGSQL_BOTH = UNKNOWN;
}

namespace Swoole\Coroutine {
    /** @not-serializable */
    class PostgreSQL
    {
        public mixed $error = null;
        public mixed $errCode = 0;
        public mixed $resultStatus = 0;
        public mixed $resultDiag = null;
        public mixed $notices = null;

        public function __construct() {}
        public function connect(string $conninfo, float $timeout = 2): bool {}
        public function escape(string $string): string|false {}
        public function escapeLiteral(string $string): string|false {}
        public function escapeIdentifier(string $string): string|false {}
        public function query(string $query): PostgreSQLStatement|false {}
        /** prepare($sql) (Swoole 5), or prepare($name, $sql) (Swoole 4: execute($name, ...)) */
        public function prepare(string $query, ?string $sql = null): PostgreSQLStatement|false {}
        public function metaData(string $table_name): array|false {}
        /* Swoole 4's calls on the connection, taking the result as first argument */
        public function execute(string $name, array $params = []): PostgreSQLStatement|false {}
        public function fetchAll(PostgreSQLStatement $result, int $result_type = SW_PGSQL_ASSOC): array|false {}
        public function fetchAssoc(PostgreSQLStatement $result, ?int $row = null, int $result_type = SW_PGSQL_ASSOC): array|false {}
        public function fetchArray(PostgreSQLStatement $result, ?int $row = null, int $result_type = SW_PGSQL_BOTH): array|false {}
        public function fetchRow(PostgreSQLStatement $result, ?int $row = null, int $result_type = SW_PGSQL_NUM): array|false {}
        public function fetchObject(PostgreSQLStatement $result, ?int $row = null, ?string $class_name = null, array $ctor_params = []): object|false {}
        public function affectedRows(PostgreSQLStatement $result): int|false {}
        public function numRows(PostgreSQLStatement $result): int|false {}
        public function fieldCount(PostgreSQLStatement $result): int|false {}
    }

    /** @not-serializable */
    final class PostgreSQLStatement
    {
        public mixed $error = null;
        public mixed $errCode = 0;
        public mixed $resultStatus = 0;
        public mixed $resultDiag = null;
        public mixed $notices = null;

        private function __construct() {}
        public function execute(array $params = []): bool {}
        public function fetchAll(int $result_type = SW_PGSQL_ASSOC): array|false {}
        public function affectedRows(): int|false {}
        public function numRows(): int|false {}
        public function fieldCount(): int|false {}
        public function fetchObject(?int $row = null, ?string $class_name = null, array $ctor_params = []): object|false {}
        public function fetchAssoc(?int $row = null, int $result_type = SW_PGSQL_ASSOC): array|false {}
        public function fetchArray(?int $row = null, int $result_type = SW_PGSQL_BOTH): array|false {}
        public function fetchRow(?int $row = null, int $result_type = SW_PGSQL_NUM): array|false {}
    }
}
