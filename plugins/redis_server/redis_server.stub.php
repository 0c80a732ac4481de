<?php
/** @generate-class-entries */

namespace Swoole\Redis {
    /** @not-serializable */
    class Server extends \Swoole\Server
    {
        /**
         * @var int
         * @cvalue REDIS_REPLY_NIL
         */
        public const NIL = UNKNOWN;
        /**
         * @var int
         * @cvalue REDIS_REPLY_ERROR
         */
        public const ERROR = UNKNOWN;
        /**
         * @var int
         * @cvalue REDIS_REPLY_STATUS
         */
        public const STATUS = UNKNOWN;
        /**
         * @var int
         * @cvalue REDIS_REPLY_INT
         */
        public const INT = UNKNOWN;
        /**
         * @var int
         * @cvalue REDIS_REPLY_STRING
         */
        public const STRING = UNKNOWN;
        /**
         * @var int
         * @cvalue REDIS_REPLY_SET
         */
        public const SET = UNKNOWN;
        /**
         * @var int
         * @cvalue REDIS_REPLY_MAP
         */
        public const MAP = UNKNOWN;

        /** @var array<string, callable> */
        private array $handlers = [];

        public function setHandler(string $command, callable $callback): bool {}
        public function getHandler(string $command): ?callable {}
        public static function format(int $type, mixed $value = null): string|false {}
        public function send(int|string $fd, string $send_data, int $serverSocket = -1): bool {}
        public function close(int $fd, bool $reset = false): bool {}
        public function sendfile(int $fd, string $filename, int $offset = 0, int $length = 0): bool {}
    }
}
