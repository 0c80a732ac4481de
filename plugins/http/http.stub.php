<?php
/** @generate-class-entries */

namespace Swoole\Http {
    /** @not-serializable */
    class Server extends \Swoole\Server
    {
    }

    /** @not-serializable */
    final class Request
    {
        public int $fd = 0;
        public int $streamId = 0;
        public ?array $header = null;
        public ?array $server = null;
        public ?array $cookie = null;
        public ?array $get = null;
        public ?array $files = null;
        public ?array $post = null;
        public ?array $tmpfiles = null;

        public function __construct() {}
        public function getContent(): string|false {}
        /** @implementation-alias Swoole\Http\Request::getContent */
        public function rawContent(): string|false {}
        public function getData(): string|false {}
        public function getMethod(): string|false {}
        public function isCompleted(): bool {}
        public static function create(array $options = []): Request|false {}
        public function parse(string $data): int|false {}
    }

    /** @not-serializable */
    final class Response
    {
        public int $fd = 0;
        public mixed $socket = null;
        public ?array $header = null;
        public ?array $cookie = null;
        public ?array $trailer = null;

        public function __construct() {}
        public function initHeader(): bool {}
        public function isWritable(): bool {}
        public function status(int $http_code, string $reason = ''): bool {}
        /** @implementation-alias Swoole\Http\Response::status */
        public function setStatusCode(int $http_code, string $reason = ''): bool {}
        public function header(string $key, string|array $value, bool $format = true): bool {}
        /** @implementation-alias Swoole\Http\Response::header */
        public function setHeader(string $key, string|array $value, bool $format = true): bool {}
        public function trailer(string $key, string $value): bool {}
        public function cookie(string $name, string $value = '', int $expires = 0, string $path = '/', string $domain = '', bool $secure = false, bool $httponly = false, string $samesite = '', string $priority = '', bool $partitioned = false): bool {}
        /** @implementation-alias Swoole\Http\Response::cookie */
        public function setCookie(string $name, string $value = '', int $expires = 0, string $path = '/', string $domain = '', bool $secure = false, bool $httponly = false, string $samesite = '', string $priority = '', bool $partitioned = false): bool {}
        public function rawcookie(string $name, string $value = '', int $expires = 0, string $path = '/', string $domain = '', bool $secure = false, bool $httponly = false, string $samesite = '', string $priority = '', bool $partitioned = false): bool {}
        public function write(string $content): bool {}
        public function end(?string $content = null): bool {}
        public function sendfile(string $filename, int $offset = 0, int $length = 0): bool {}
        public function redirect(string $location, int $http_code = 302): bool {}
        public function detach(): bool {}
        public static function create(object|array|int $server = -1, int $fd = -1): Response|false {}
    }
}

namespace Swoole\Coroutine\Http {
    /** @not-serializable */
    class Server
    {
        public int $fd = -1;
        public ?string $host = null;
        public int $port = -1;
        public bool $ssl = false;
        public array $settings = [];
        public int $errCode = 0;
        public string $errMsg = '';

        public function __construct(string $host, int $port = 0, bool $ssl = false, bool $reuse_port = false) {}
        public function set(array $settings): bool {}
        public function handle(string $pattern, callable $callback): void {}
        public function start(): bool {}
        public function shutdown(): void {}
    }
}
