<?php
/** @generate-class-entries */

namespace {
    /**
     * @var int
     * @cvalue WS_OP_CONT
     */
    const WEBSOCKET_OPCODE_CONTINUATION = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_TEXT
     */
    const WEBSOCKET_OPCODE_TEXT = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_BINARY
     */
    const WEBSOCKET_OPCODE_BINARY = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_CLOSE
     */
    const WEBSOCKET_OPCODE_CLOSE = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_PING
     */
    const WEBSOCKET_OPCODE_PING = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_PONG
     */
    const WEBSOCKET_OPCODE_PONG = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_STATUS_CONNECTION
     */
    const WEBSOCKET_STATUS_CONNECTION = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_STATUS_HANDSHAKE
     */
    const WEBSOCKET_STATUS_HANDSHAKE = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_STATUS_ACTIVE
     */
    const WEBSOCKET_STATUS_ACTIVE = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_STATUS_ACTIVE
     */
    const WEBSOCKET_STATUS_FRAME = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_STATUS_CLOSING
     */
    const WEBSOCKET_STATUS_CLOSING = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_FLAG_FIN
     */
    const SWOOLE_WEBSOCKET_FLAG_FIN = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_FLAG_COMPRESS
     */
    const SWOOLE_WEBSOCKET_FLAG_COMPRESS = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_FLAG_RSV1
     */
    const SWOOLE_WEBSOCKET_FLAG_RSV1 = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_FLAG_RSV2
     */
    const SWOOLE_WEBSOCKET_FLAG_RSV2 = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_FLAG_RSV3
     */
    const SWOOLE_WEBSOCKET_FLAG_RSV3 = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_FLAG_MASK
     */
    const SWOOLE_WEBSOCKET_FLAG_MASK = UNKNOWN;
    /**
     * @var int
     * @cvalue 1000
     */
    const WEBSOCKET_CLOSE_NORMAL = UNKNOWN;
    /**
     * @var int
     * @cvalue 1001
     */
    const WEBSOCKET_CLOSE_GOING_AWAY = UNKNOWN;
    /**
     * @var int
     * @cvalue 1002
     */
    const WEBSOCKET_CLOSE_PROTOCOL_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1003
     */
    const WEBSOCKET_CLOSE_DATA_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1005
     */
    const WEBSOCKET_CLOSE_STATUS_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1006
     */
    const WEBSOCKET_CLOSE_ABNORMAL = UNKNOWN;
    /**
     * @var int
     * @cvalue 1007
     */
    const WEBSOCKET_CLOSE_MESSAGE_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1008
     */
    const WEBSOCKET_CLOSE_POLICY_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1009
     */
    const WEBSOCKET_CLOSE_MESSAGE_TOO_BIG = UNKNOWN;
    /**
     * @var int
     * @cvalue 1010
     */
    const WEBSOCKET_CLOSE_EXTENSION_MISSING = UNKNOWN;
    /**
     * @var int
     * @cvalue 1011
     */
    const WEBSOCKET_CLOSE_SERVER_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1015
     */
    const WEBSOCKET_CLOSE_TLS = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_CONT
     */
    const SWOOLE_WEBSOCKET_OPCODE_CONTINUATION = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_TEXT
     */
    const SWOOLE_WEBSOCKET_OPCODE_TEXT = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_BINARY
     */
    const SWOOLE_WEBSOCKET_OPCODE_BINARY = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_CLOSE
     */
    const SWOOLE_WEBSOCKET_OPCODE_CLOSE = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_PING
     */
    const SWOOLE_WEBSOCKET_OPCODE_PING = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_OP_PONG
     */
    const SWOOLE_WEBSOCKET_OPCODE_PONG = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_STATUS_CONNECTION
     */
    const SWOOLE_WEBSOCKET_STATUS_CONNECTION = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_STATUS_HANDSHAKE
     */
    const SWOOLE_WEBSOCKET_STATUS_HANDSHAKE = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_STATUS_ACTIVE
     */
    const SWOOLE_WEBSOCKET_STATUS_ACTIVE = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_STATUS_ACTIVE
     */
    const SWOOLE_WEBSOCKET_STATUS_FRAME = UNKNOWN;
    /**
     * @var int
     * @cvalue WS_STATUS_CLOSING
     */
    const SWOOLE_WEBSOCKET_STATUS_CLOSING = UNKNOWN;
    /**
     * @var int
     * @cvalue 1000
     */
    const SWOOLE_WEBSOCKET_CLOSE_NORMAL = UNKNOWN;
    /**
     * @var int
     * @cvalue 1001
     */
    const SWOOLE_WEBSOCKET_CLOSE_GOING_AWAY = UNKNOWN;
    /**
     * @var int
     * @cvalue 1002
     */
    const SWOOLE_WEBSOCKET_CLOSE_PROTOCOL_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1003
     */
    const SWOOLE_WEBSOCKET_CLOSE_DATA_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1005
     */
    const SWOOLE_WEBSOCKET_CLOSE_STATUS_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1006
     */
    const SWOOLE_WEBSOCKET_CLOSE_ABNORMAL = UNKNOWN;
    /**
     * @var int
     * @cvalue 1007
     */
    const SWOOLE_WEBSOCKET_CLOSE_MESSAGE_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1008
     */
    const SWOOLE_WEBSOCKET_CLOSE_POLICY_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1009
     */
    const SWOOLE_WEBSOCKET_CLOSE_MESSAGE_TOO_BIG = UNKNOWN;
    /**
     * @var int
     * @cvalue 1010
     */
    const SWOOLE_WEBSOCKET_CLOSE_EXTENSION_MISSING = UNKNOWN;
    /**
     * @var int
     * @cvalue 1011
     */
    const SWOOLE_WEBSOCKET_CLOSE_SERVER_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue 1015
     */
    const SWOOLE_WEBSOCKET_CLOSE_TLS = UNKNOWN;
}

namespace Swoole\WebSocket {
    /** @not-serializable */
    class Server extends \Swoole\Http\Server
    {
        public function push(int $fd, \Swoole\WebSocket\Frame|string $data, int $opcode = 1, int $flags = 1): bool {}
        public function isEstablished(int $fd): bool {}
        public function disconnect(int $fd, int $code = 1000, string $reason = ""): bool {}
        public static function pack(\Swoole\WebSocket\Frame|string $data, int $opcode = 1, int $flags = 1): string {}
        public static function unpack(string $data): \Swoole\WebSocket\Frame|false {}
    }

    class Frame
    {
        public int $fd = 0;
        public string $data = "";
        public int $opcode = 1;
        public int $flags = 1;
        public bool $finish = true;

        public function __toString(): string {}
        public static function pack(\Swoole\WebSocket\Frame|string $data, int $opcode = 1, int $flags = 1): string {}
        public static function unpack(string $data): \Swoole\WebSocket\Frame|false {}
    }

    class CloseFrame extends Frame
    {
        public int $opcode = 8;
        public int $code = 1000;
        public string $reason = "";
    }
}
