<?php
/** @generate-class-entries */

namespace Swoole\Coroutine {
    /** @not-serializable */
    class Redis
    {
        public mixed $host = '';
        public mixed $port = 0;
        public mixed $setting = [];
        public mixed $sock = -1;
        public mixed $connected = false;
        public mixed $errType = 0;
        public mixed $errCode = 0;
        public mixed $errMsg = '';

        public function __construct(array $config = []) {}
        public function connect(string $host, int $port = 6379, bool $serialize = false): bool {}
        public function getAuth(): mixed {}
        public function getDBNum(): mixed {}
        public function getOptions(): array {}
        public function setOptions(array $options): bool {}
        public function getDefer(): bool {}
        public function setDefer(bool $defer = true): bool {}
        public function recv(): mixed {}
        public function request(array $params): mixed {}
        public function close(): bool {}
        public function __call(string $name, array $arguments): mixed {}

        /* strings and keys */
        public function set(string $key, mixed $value, mixed $options = null): mixed {}
        public function setEx(string $key, int $expire, mixed $value): mixed {}
        public function psetEx(string $key, int $expire, mixed $value): mixed {}
        public function setNx(string $key, mixed $value): mixed {}
        public function get(string $key): mixed {}
        public function getSet(string $key, mixed $value): mixed {}
        public function append(string $key, mixed $value): mixed {}
        public function strlen(string $key): mixed {}
        public function getRange(string $key, int $start, int $end): mixed {}
        public function setRange(string $key, int $offset, string $value): mixed {}
        public function getBit(string $key, int $offset): mixed {}
        public function setBit(string $key, int $offset, bool $value): mixed {}
        public function mGet(array $keys): mixed {}
        public function mSet(array $pairs): mixed {}
        public function mSetNx(array $pairs): mixed {}
        public function del(mixed $key, mixed ...$other_keys): mixed {}
        public function delete(mixed $key, mixed ...$other_keys): mixed {}
        public function unlink(mixed $key, mixed ...$other_keys): mixed {}
        public function exists(mixed $key, mixed ...$other_keys): mixed {}
        public function type(string $key): mixed {}
        public function expire(string $key, int $ttl): mixed {}
        public function setTimeout(string $key, int $ttl): mixed {}
        public function pexpire(string $key, int $ttl): mixed {}
        public function expireAt(string $key, int $timestamp): mixed {}
        public function pexpireAt(string $key, int $timestamp): mixed {}
        public function persist(string $key): mixed {}
        public function ttl(string $key): mixed {}
        public function pttl(string $key): mixed {}
        public function incr(string $key): mixed {}
        public function decr(string $key): mixed {}
        public function incrBy(string $key, int $value): mixed {}
        public function decrBy(string $key, int $value): mixed {}
        public function incrByFloat(string $key, float $value): mixed {}
        public function keys(string $pattern): mixed {}
        public function getKeys(string $pattern): mixed {}
        public function scan(mixed &$iterator, ?string $pattern = null, int $count = 0): mixed {}
        public function rename(string $key, string $newkey): mixed {}
        public function renameKey(string $key, string $newkey): mixed {}
        public function renameNx(string $key, string $newkey): mixed {}
        public function randomKey(): mixed {}
        public function move(string $key, int $db): mixed {}
        public function dump(string $key): mixed {}

        /* hashes */
        public function hGet(string $key, string $member): mixed {}
        public function hSet(string $key, string $member, mixed $value): mixed {}
        public function hSetNx(string $key, string $member, mixed $value): mixed {}
        public function hMGet(string $key, array $members): mixed {}
        public function hMSet(string $key, array $pairs): mixed {}
        public function hGetAll(string $key): mixed {}
        public function hDel(string $key, mixed $member, mixed ...$other_members): mixed {}
        public function hExists(string $key, string $member): mixed {}
        public function hIncrBy(string $key, string $member, int $value): mixed {}
        public function hIncrByFloat(string $key, string $member, float $value): mixed {}
        public function hLen(string $key): mixed {}
        public function hKeys(string $key): mixed {}
        public function hVals(string $key): mixed {}

        /* lists */
        public function lPush(string $key, mixed $value, mixed ...$other_values): mixed {}
        public function rPush(string $key, mixed $value, mixed ...$other_values): mixed {}
        public function lPushx(string $key, mixed $value): mixed {}
        public function rPushx(string $key, mixed $value): mixed {}
        public function lPop(string $key): mixed {}
        public function rPop(string $key): mixed {}
        public function blPop(mixed $key, mixed ...$timeout_or_keys): mixed {}
        public function brPop(mixed $key, mixed ...$timeout_or_keys): mixed {}
        public function rpoplpush(string $src, string $dst): mixed {}
        public function bRPopLPush(string $src, string $dst, int $timeout): mixed {}
        public function lRange(string $key, int $start, int $end): mixed {}
        public function lGetRange(string $key, int $start, int $end): mixed {}
        public function lLen(string $key): mixed {}
        public function lSize(string $key): mixed {}
        public function lIndex(string $key, int $index): mixed {}
        public function lGet(string $key, int $index): mixed {}
        public function lSet(string $key, int $index, mixed $value): mixed {}
        public function lTrim(string $key, int $start, int $stop): mixed {}
        public function listTrim(string $key, int $start, int $stop): mixed {}
        public function lRem(string $key, mixed $value, int $count = 0): mixed {}

        /* sets */
        public function sAdd(string $key, mixed $value, mixed ...$other_values): mixed {}
        public function sRem(string $key, mixed $value, mixed ...$other_values): mixed {}
        public function sRemove(string $key, mixed $value, mixed ...$other_values): mixed {}
        public function sMembers(string $key): mixed {}
        public function sGetMembers(string $key): mixed {}
        public function sIsMember(string $key, mixed $value): mixed {}
        public function sContains(string $key, mixed $value): mixed {}
        public function sCard(string $key): mixed {}
        public function sSize(string $key): mixed {}
        public function sPop(string $key): mixed {}
        public function sRandMember(string $key, ?int $count = null): mixed {}
        public function sMove(string $src, string $dst, mixed $value): mixed {}
        public function sInter(mixed $key, mixed ...$other_keys): mixed {}
        public function sUnion(mixed $key, mixed ...$other_keys): mixed {}
        public function sDiff(mixed $key, mixed ...$other_keys): mixed {}
        public function sInterStore(string $dst, mixed $key, mixed ...$other_keys): mixed {}
        public function sUnionStore(string $dst, mixed $key, mixed ...$other_keys): mixed {}
        public function sDiffStore(string $dst, mixed $key, mixed ...$other_keys): mixed {}

        /* sorted sets */
        public function zAdd(string $key, mixed ...$score_members): mixed {}
        public function zRange(string $key, int $start, int $end, bool|array $withscores = false): mixed {}
        public function zRevRange(string $key, int $start, int $end, bool|array $withscores = false): mixed {}
        public function zRangeByScore(string $key, string $start, string $end, array $options = []): mixed {}
        public function zRevRangeByScore(string $key, string $start, string $end, array $options = []): mixed {}
        public function zScore(string $key, mixed $member): mixed {}
        public function zRank(string $key, mixed $member): mixed {}
        public function zRevRank(string $key, mixed $member): mixed {}
        public function zRem(string $key, mixed $member, mixed ...$other_members): mixed {}
        public function zDelete(string $key, mixed $member, mixed ...$other_members): mixed {}
        public function zIncrBy(string $key, float $value, mixed $member): mixed {}
        public function zCard(string $key): mixed {}
        public function zSize(string $key): mixed {}
        public function zCount(string $key, string $min, string $max): mixed {}
        public function zRemRangeByRank(string $key, int $start, int $end): mixed {}
        public function zRemRangeByScore(string $key, string $min, string $max): mixed {}
        public function zDeleteRangeByRank(string $key, int $start, int $end): mixed {}
        public function zDeleteRangeByScore(string $key, string $min, string $max): mixed {}
        public function zInter(string $key, array $keys, ?array $weights = null, ?string $aggregate = null): mixed {}
        public function zInterStore(string $key, array $keys, ?array $weights = null, ?string $aggregate = null): mixed {}
        public function zUnion(string $key, array $keys, ?array $weights = null, ?string $aggregate = null): mixed {}
        public function zUnionStore(string $key, array $keys, ?array $weights = null, ?string $aggregate = null): mixed {}

        /* scripts, transactions, connection, server */
        public function eval(string $script, array $args = [], int $num_keys = 0): mixed {}
        public function evalSha(string $sha, array $args = [], int $num_keys = 0): mixed {}
        public function multi(int $mode = 0): mixed {}
        public function exec(): mixed {}
        public function discard(): mixed {}
        public function watch(mixed $key, mixed ...$other_keys): mixed {}
        public function unwatch(): mixed {}
        public function ping(?string $message = null): mixed {}
        public function echo(string $message): mixed {}
        public function select(int $db): mixed {}
        public function auth(string $password): mixed {}
        public function info(?string $section = null): mixed {}
        public function dbSize(): mixed {}
        public function flushDB(): mixed {}
        public function flushAll(): mixed {}
        public function time(): mixed {}

        /* pub/sub */
        public function publish(string $channel, string $message): mixed {}
        public function subscribe(array $channels): mixed {}
        public function pSubscribe(array $patterns): mixed {}
        public function unsubscribe(array $channels): mixed {}
        public function pUnSubscribe(array $patterns): mixed {}
    }
}
