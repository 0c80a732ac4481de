<?php
/** @generate-class-entries */

namespace Swoole {
    /** @not-serializable */
    class Server
    {
        public ?array $setting = null;
        public mixed $connections = null;
        public string $host = '';
        public int $port = 0;
        public int $type = 0;
        public int $mode = 0;
        public array $ports = [];
        public int $master_pid = 0;
        public int $manager_pid = 0;
        public int $worker_id = -1;
        public bool $taskworker = false;
        public int $worker_pid = 0;

        public function __construct(string $host = '0.0.0.0', int $port = 0, int $mode = SWOOLE_BASE, int $sock_type = SWOOLE_SOCK_TCP) {}
        public function set(array $settings): bool {}
        public function on(string $event_name, callable $callback): bool {}
        public function getCallback(string $event_name): mixed {}
        public function listen(string $host, int $port, int $sock_type): false|Server\Port {}
        /** @implementation-alias Swoole\Server::listen */
        public function addListener(string $host, int $port, int $sock_type): false|Server\Port {}
        public function start(): bool {}
        public function send(int|string $fd, string $send_data, int $serverSocket = -1): bool {}
        public function sendto(string $ip, int $port, string $send_data, int $server_socket = -1): bool {}
        public function close(int $fd, bool $reset = false): bool {}
        public function exist(int $fd): bool {}
        /** @implementation-alias Swoole\Server::exist */
        public function exists(int $fd): bool {}
        public function pause(int $fd): bool {}
        public function resume(int $fd): bool {}
        public function getClientInfo(int $fd, int $reactor_id = -1, bool $ignoreError = false): false|array {}
        /** @implementation-alias Swoole\Server::getClientInfo */
        public function connection_info(int $fd, int $reactor_id = -1, bool $ignoreError = false): false|array {}
        public function getClientList(int $start_fd = 0, int $find_count = 10): false|array {}
        /** @implementation-alias Swoole\Server::getClientList */
        public function connection_list(int $start_fd = 0, int $find_count = 10): false|array {}
        public function stats(): array {}
        public function heartbeat(bool $ifCloseConnection = true): false|array {}
        public function shutdown(): bool {}
        public function reload(bool $only_reload_taskworker = false): bool {}
        public function stop(int $workerId = -1, bool $waitEvent = false): bool {}
        public function getWorkerId(): int|false {}
        public function getWorkerPid(int $worker_id = -1): int|false {}
        public function getMasterPid(): int {}
        public function getManagerPid(): int {}
        public function getLastError(): int {}
        public function task(mixed $data, int $taskWorkerIndex = -1, ?callable $finishCallback = null): int|false {}
        public function taskwait(mixed $data, float $timeout = 0.5, int $taskWorkerIndex = -1): mixed {}
        public function taskWaitMulti(array $tasks, float $timeout = 0.5): false|array {}
        public function taskCo(array $tasks, float $timeout = 0.5): false|array {}
        public function finish(mixed $data): bool {}
        public function sendMessage(mixed $message, int $dst_worker_id): bool {}
        public function sendfile(int $fd, string $filename, int $offset = 0, int $length = 0): bool {}
        public function bind(int $fd, int $uid): bool {}
        /** @return \Socket|false */
        public function getSocket(int $port = 0): mixed {}
    }
}

namespace Swoole\Server {
    /** @not-serializable */
    final class Port
    {
        public ?array $setting = null;
        public mixed $connections = null;
        public string $host = '';
        public int $port = 0;
        public int $type = 0;
        public int $sock = -1;

        private function __construct() {}
        public function set(array $settings): void {}
        public function on(string $event_name, callable $callback): bool {}
        public function getCallback(string $event_name): mixed {}
    }

    /** @not-serializable */
    final class Task
    {
        public mixed $data = null;
        public float $dispatch_time = 0.0;
        public int $id = -1;
        public int $worker_id = -1;
        public int $flags = 0;

        public function finish(mixed $data): bool {}
    }

    /** @not-serializable */
    final class ConnectionIterator implements \Iterator, \Countable
    {
        private function __construct() {}
        public function rewind(): void {}
        public function next(): void {}
        public function current(): mixed {}
        public function key(): mixed {}
        public function valid(): bool {}
        public function count(): int {}
    }
}
