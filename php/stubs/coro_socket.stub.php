<?php
/** @generate-class-entries */

namespace Swoole\Coroutine {
    /** @not-serializable */
    class Socket
    {
        public int $fd = -1;
        public int $domain = 0;
        public int $type = 0;
        public int $protocol = 0;
        public int $errCode = 0;
        public string $errMsg = "";

        public function __construct(int $domain, int $type, int $protocol = 0) {}
        public function bind(string $address, int $port = 0): bool {}
        public function listen(int $backlog = 512): bool {}
        public function accept(float $timeout = 0): Socket|false {}
        public function connect(string $host, int $port = 0, float $timeout = 0): bool {}
        public function checkLiveness(): bool {}
        public function peek(int $length = 65536): string|false {}
        public function recv(int $length = 65536, float $timeout = 0): string|false {}
        public function recvAll(int $length = 65536, float $timeout = 0): string|false {}
        public function recvLine(int $length = 65536, float $timeout = 0): string|false {}
        public function recvPacket(float $timeout = 0): string|false {}
        public function send(string $data, float $timeout = 0): int|false {}
        public function sendAll(string $data, float $timeout = 0): int|false {}
        public function sendto(string $address, int $port, string $data): int|false {}
        public function sendFile(string $file, int $offset = 0, int $length = 0): bool {}
        public function readVector(array $io_vector, float $timeout = 0): array|false {}
        public function readVectorAll(array $io_vector, float $timeout = 0): array|false {}
        public function writeVector(array $io_vector, float $timeout = 0): int|false {}
        public function writeVectorAll(array $io_vector, float $timeout = 0): int|false {}
        /** @param array $peername */
        public function recvfrom(mixed &$peername, float $timeout = 0): string|false {}
        public function sslHandshake(): bool {}
        public function isClosed(): bool {}
        public function getOption(int $level, int $opt): mixed {}
        public function setOption(int $level, int $opt, mixed $value): bool {}
        public function setProtocol(array $settings): bool {}
        public function shutdown(int $how = 2): bool {}
        public function cancel(int $event = SWOOLE_EVENT_READ): bool {}
        public function close(): bool {}
        public function getBoundCid(int $event): int {}
        public function getsockname(): array|false {}
        public function getpeername(): array|false {}
    }

    /** @not-serializable */
    class Client
    {
        public int $errCode = 0;
        public string $errMsg = "";
        public bool $connected = false;
        public int $type = 0;
        public string $host = "";
        public int $port = 0;
        public ?array $setting = null;

        public function __construct(int $type) {}
        public function set(array $settings): bool {}
        public function connect(string $host, int $port = 0, float $timeout = 0, int $sock_flag = 0): bool {}
        public function recv(float $timeout = 0): string|false {}
        public function peek(int $length = 65535): string|false {}
        public function send(string $data, float $timeout = 0): int|false {}
        public function sendto(string $address, int $port, string $data): bool {}
        /** @param string $address
         *  @param int $port */
        public function recvfrom(int $length, mixed &$address, mixed &$port = 0): string|false {}
        public function enableSSL(?callable $onSslReady = null): bool {}
        public function getPeerCert(): string|false {}
        public function verifyPeerCert(bool $allow_self_signed = false): bool {}
        public function isConnected(): bool {}
        public function getsockname(): array|false {}
        public function getpeername(): array|false {}
        public function close(): bool {}
        public function exportSocket(): Socket|false {}
    }

    /** @not-serializable */
    final class Server
    {
        public int $fd = -1;
        public string $host = "";
        public int $port = 0;
        public bool $ssl = false;
        public bool $running = false;
        public int $errCode = 0;
        public string $errMsg = "";
        public ?array $setting = null;

        public function __construct(string $host, int $port = 0, bool $ssl = false, bool $reuse_port = false) {}
        public function set(array $setting): void {}
        public function handle(callable $fn): void {}
        public function start(): bool {}
        public function shutdown(): bool {}
    }
}

namespace Swoole\Coroutine\Server {
    /** @not-serializable */
    final class Connection
    {
        public function recv(float $timeout = 0): string|false {}
        public function send(string $data): int|false {}
        public function close(): bool {}
        public function exportSocket(): \Swoole\Coroutine\Socket {}
    }
}
