/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: a971e15fef35d5f51a9f4daf2390618654235f5e */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Swoole_Coroutine_Redis___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_connect, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, host, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "6379")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, serialize, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_getAuth, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_getDBNum arginfo_class_Swoole_Coroutine_Redis_getAuth

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_getOptions, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_setOptions, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_getDefer, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_setDefer, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, defer, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_recv arginfo_class_Swoole_Coroutine_Redis_getAuth

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_request, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, params, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_close arginfo_class_Swoole_Coroutine_Redis_getDefer

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis___call, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, arguments, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_set, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_setEx, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, expire, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_psetEx arginfo_class_Swoole_Coroutine_Redis_setEx

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_setNx, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_get, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_getSet arginfo_class_Swoole_Coroutine_Redis_setNx

#define arginfo_class_Swoole_Coroutine_Redis_append arginfo_class_Swoole_Coroutine_Redis_setNx

#define arginfo_class_Swoole_Coroutine_Redis_strlen arginfo_class_Swoole_Coroutine_Redis_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_getRange, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, start, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, end, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_setRange, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_getBit, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_setBit, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, value, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_mGet, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, keys, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_mSet, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, pairs, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_mSetNx arginfo_class_Swoole_Coroutine_Redis_mSet

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_del, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, other_keys, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_delete arginfo_class_Swoole_Coroutine_Redis_del

#define arginfo_class_Swoole_Coroutine_Redis_unlink arginfo_class_Swoole_Coroutine_Redis_del

#define arginfo_class_Swoole_Coroutine_Redis_exists arginfo_class_Swoole_Coroutine_Redis_del

#define arginfo_class_Swoole_Coroutine_Redis_type arginfo_class_Swoole_Coroutine_Redis_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_expire, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, ttl, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_setTimeout arginfo_class_Swoole_Coroutine_Redis_expire

#define arginfo_class_Swoole_Coroutine_Redis_pexpire arginfo_class_Swoole_Coroutine_Redis_expire

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_expireAt, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timestamp, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_pexpireAt arginfo_class_Swoole_Coroutine_Redis_expireAt

#define arginfo_class_Swoole_Coroutine_Redis_persist arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_ttl arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_pttl arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_incr arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_decr arginfo_class_Swoole_Coroutine_Redis_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_incrBy, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_decrBy arginfo_class_Swoole_Coroutine_Redis_incrBy

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_incrByFloat, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_keys, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, pattern, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_getKeys arginfo_class_Swoole_Coroutine_Redis_keys

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_scan, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(1, iterator, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, pattern, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, count, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_rename, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, newkey, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_renameKey arginfo_class_Swoole_Coroutine_Redis_rename

#define arginfo_class_Swoole_Coroutine_Redis_renameNx arginfo_class_Swoole_Coroutine_Redis_rename

#define arginfo_class_Swoole_Coroutine_Redis_randomKey arginfo_class_Swoole_Coroutine_Redis_getAuth

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_move, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, db, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_dump arginfo_class_Swoole_Coroutine_Redis_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_hGet, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, member, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_hSet, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, member, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_hSetNx arginfo_class_Swoole_Coroutine_Redis_hSet

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_hMGet, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, members, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_hMSet, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, pairs, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_hGetAll arginfo_class_Swoole_Coroutine_Redis_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_hDel, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, member, IS_MIXED, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, other_members, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_hExists arginfo_class_Swoole_Coroutine_Redis_hGet

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_hIncrBy, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, member, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_hIncrByFloat, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, member, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_hLen arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_hKeys arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_hVals arginfo_class_Swoole_Coroutine_Redis_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_lPush, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, other_values, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_rPush arginfo_class_Swoole_Coroutine_Redis_lPush

#define arginfo_class_Swoole_Coroutine_Redis_lPushx arginfo_class_Swoole_Coroutine_Redis_setNx

#define arginfo_class_Swoole_Coroutine_Redis_rPushx arginfo_class_Swoole_Coroutine_Redis_setNx

#define arginfo_class_Swoole_Coroutine_Redis_lPop arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_rPop arginfo_class_Swoole_Coroutine_Redis_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_blPop, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, timeout_or_keys, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_brPop arginfo_class_Swoole_Coroutine_Redis_blPop

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_rpoplpush, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, src, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, dst, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_bRPopLPush, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, src, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, dst, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timeout, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_lRange arginfo_class_Swoole_Coroutine_Redis_getRange

#define arginfo_class_Swoole_Coroutine_Redis_lGetRange arginfo_class_Swoole_Coroutine_Redis_getRange

#define arginfo_class_Swoole_Coroutine_Redis_lLen arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_lSize arginfo_class_Swoole_Coroutine_Redis_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_lIndex, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, index, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_lGet arginfo_class_Swoole_Coroutine_Redis_lIndex

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_lSet, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, index, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_lTrim, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, start, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, stop, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_listTrim arginfo_class_Swoole_Coroutine_Redis_lTrim

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_lRem, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, count, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_sAdd arginfo_class_Swoole_Coroutine_Redis_lPush

#define arginfo_class_Swoole_Coroutine_Redis_sRem arginfo_class_Swoole_Coroutine_Redis_lPush

#define arginfo_class_Swoole_Coroutine_Redis_sRemove arginfo_class_Swoole_Coroutine_Redis_lPush

#define arginfo_class_Swoole_Coroutine_Redis_sMembers arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_sGetMembers arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_sIsMember arginfo_class_Swoole_Coroutine_Redis_setNx

#define arginfo_class_Swoole_Coroutine_Redis_sContains arginfo_class_Swoole_Coroutine_Redis_setNx

#define arginfo_class_Swoole_Coroutine_Redis_sCard arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_sSize arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_sPop arginfo_class_Swoole_Coroutine_Redis_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_sRandMember, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, count, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_sMove, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, src, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, dst, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_sInter arginfo_class_Swoole_Coroutine_Redis_del

#define arginfo_class_Swoole_Coroutine_Redis_sUnion arginfo_class_Swoole_Coroutine_Redis_del

#define arginfo_class_Swoole_Coroutine_Redis_sDiff arginfo_class_Swoole_Coroutine_Redis_del

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_sInterStore, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, dst, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, other_keys, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_sUnionStore arginfo_class_Swoole_Coroutine_Redis_sInterStore

#define arginfo_class_Swoole_Coroutine_Redis_sDiffStore arginfo_class_Swoole_Coroutine_Redis_sInterStore

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_zAdd, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, score_members, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_zRange, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, start, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, end, IS_LONG, 0)
	ZEND_ARG_TYPE_MASK(0, withscores, MAY_BE_BOOL|MAY_BE_ARRAY, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_zRevRange arginfo_class_Swoole_Coroutine_Redis_zRange

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_zRangeByScore, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, start, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, end, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_zRevRangeByScore arginfo_class_Swoole_Coroutine_Redis_zRangeByScore

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_zScore, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, member, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_zRank arginfo_class_Swoole_Coroutine_Redis_zScore

#define arginfo_class_Swoole_Coroutine_Redis_zRevRank arginfo_class_Swoole_Coroutine_Redis_zScore

#define arginfo_class_Swoole_Coroutine_Redis_zRem arginfo_class_Swoole_Coroutine_Redis_hDel

#define arginfo_class_Swoole_Coroutine_Redis_zDelete arginfo_class_Swoole_Coroutine_Redis_hDel

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_zIncrBy, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, member, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_zCard arginfo_class_Swoole_Coroutine_Redis_get

#define arginfo_class_Swoole_Coroutine_Redis_zSize arginfo_class_Swoole_Coroutine_Redis_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_zCount, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, min, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, max, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_zRemRangeByRank arginfo_class_Swoole_Coroutine_Redis_getRange

#define arginfo_class_Swoole_Coroutine_Redis_zRemRangeByScore arginfo_class_Swoole_Coroutine_Redis_zCount

#define arginfo_class_Swoole_Coroutine_Redis_zDeleteRangeByRank arginfo_class_Swoole_Coroutine_Redis_getRange

#define arginfo_class_Swoole_Coroutine_Redis_zDeleteRangeByScore arginfo_class_Swoole_Coroutine_Redis_zCount

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_zInter, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, keys, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, weights, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, aggregate, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_zInterStore arginfo_class_Swoole_Coroutine_Redis_zInter

#define arginfo_class_Swoole_Coroutine_Redis_zUnion arginfo_class_Swoole_Coroutine_Redis_zInter

#define arginfo_class_Swoole_Coroutine_Redis_zUnionStore arginfo_class_Swoole_Coroutine_Redis_zInter

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_eval, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, script, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, num_keys, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_evalSha, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, sha, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, num_keys, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_multi, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, mode, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_exec arginfo_class_Swoole_Coroutine_Redis_getAuth

#define arginfo_class_Swoole_Coroutine_Redis_discard arginfo_class_Swoole_Coroutine_Redis_getAuth

#define arginfo_class_Swoole_Coroutine_Redis_watch arginfo_class_Swoole_Coroutine_Redis_del

#define arginfo_class_Swoole_Coroutine_Redis_unwatch arginfo_class_Swoole_Coroutine_Redis_getAuth

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_ping, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, message, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_echo, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_select, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, db, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_auth, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, password, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_info, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, section, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_dbSize arginfo_class_Swoole_Coroutine_Redis_getAuth

#define arginfo_class_Swoole_Coroutine_Redis_flushDB arginfo_class_Swoole_Coroutine_Redis_getAuth

#define arginfo_class_Swoole_Coroutine_Redis_flushAll arginfo_class_Swoole_Coroutine_Redis_getAuth

#define arginfo_class_Swoole_Coroutine_Redis_time arginfo_class_Swoole_Coroutine_Redis_getAuth

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_publish, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, channel, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_subscribe, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, channels, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_Redis_pSubscribe, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, patterns, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_Redis_unsubscribe arginfo_class_Swoole_Coroutine_Redis_subscribe

#define arginfo_class_Swoole_Coroutine_Redis_pUnSubscribe arginfo_class_Swoole_Coroutine_Redis_pSubscribe


ZEND_METHOD(Swoole_Coroutine_Redis, __construct);
ZEND_METHOD(Swoole_Coroutine_Redis, connect);
ZEND_METHOD(Swoole_Coroutine_Redis, getAuth);
ZEND_METHOD(Swoole_Coroutine_Redis, getDBNum);
ZEND_METHOD(Swoole_Coroutine_Redis, getOptions);
ZEND_METHOD(Swoole_Coroutine_Redis, setOptions);
ZEND_METHOD(Swoole_Coroutine_Redis, getDefer);
ZEND_METHOD(Swoole_Coroutine_Redis, setDefer);
ZEND_METHOD(Swoole_Coroutine_Redis, recv);
ZEND_METHOD(Swoole_Coroutine_Redis, request);
ZEND_METHOD(Swoole_Coroutine_Redis, close);
ZEND_METHOD(Swoole_Coroutine_Redis, __call);
ZEND_METHOD(Swoole_Coroutine_Redis, set);
ZEND_METHOD(Swoole_Coroutine_Redis, setEx);
ZEND_METHOD(Swoole_Coroutine_Redis, psetEx);
ZEND_METHOD(Swoole_Coroutine_Redis, setNx);
ZEND_METHOD(Swoole_Coroutine_Redis, get);
ZEND_METHOD(Swoole_Coroutine_Redis, getSet);
ZEND_METHOD(Swoole_Coroutine_Redis, append);
ZEND_METHOD(Swoole_Coroutine_Redis, strlen);
ZEND_METHOD(Swoole_Coroutine_Redis, getRange);
ZEND_METHOD(Swoole_Coroutine_Redis, setRange);
ZEND_METHOD(Swoole_Coroutine_Redis, getBit);
ZEND_METHOD(Swoole_Coroutine_Redis, setBit);
ZEND_METHOD(Swoole_Coroutine_Redis, mGet);
ZEND_METHOD(Swoole_Coroutine_Redis, mSet);
ZEND_METHOD(Swoole_Coroutine_Redis, mSetNx);
ZEND_METHOD(Swoole_Coroutine_Redis, del);
ZEND_METHOD(Swoole_Coroutine_Redis, delete);
ZEND_METHOD(Swoole_Coroutine_Redis, unlink);
ZEND_METHOD(Swoole_Coroutine_Redis, exists);
ZEND_METHOD(Swoole_Coroutine_Redis, type);
ZEND_METHOD(Swoole_Coroutine_Redis, expire);
ZEND_METHOD(Swoole_Coroutine_Redis, setTimeout);
ZEND_METHOD(Swoole_Coroutine_Redis, pexpire);
ZEND_METHOD(Swoole_Coroutine_Redis, expireAt);
ZEND_METHOD(Swoole_Coroutine_Redis, pexpireAt);
ZEND_METHOD(Swoole_Coroutine_Redis, persist);
ZEND_METHOD(Swoole_Coroutine_Redis, ttl);
ZEND_METHOD(Swoole_Coroutine_Redis, pttl);
ZEND_METHOD(Swoole_Coroutine_Redis, incr);
ZEND_METHOD(Swoole_Coroutine_Redis, decr);
ZEND_METHOD(Swoole_Coroutine_Redis, incrBy);
ZEND_METHOD(Swoole_Coroutine_Redis, decrBy);
ZEND_METHOD(Swoole_Coroutine_Redis, incrByFloat);
ZEND_METHOD(Swoole_Coroutine_Redis, keys);
ZEND_METHOD(Swoole_Coroutine_Redis, getKeys);
ZEND_METHOD(Swoole_Coroutine_Redis, scan);
ZEND_METHOD(Swoole_Coroutine_Redis, rename);
ZEND_METHOD(Swoole_Coroutine_Redis, renameKey);
ZEND_METHOD(Swoole_Coroutine_Redis, renameNx);
ZEND_METHOD(Swoole_Coroutine_Redis, randomKey);
ZEND_METHOD(Swoole_Coroutine_Redis, move);
ZEND_METHOD(Swoole_Coroutine_Redis, dump);
ZEND_METHOD(Swoole_Coroutine_Redis, hGet);
ZEND_METHOD(Swoole_Coroutine_Redis, hSet);
ZEND_METHOD(Swoole_Coroutine_Redis, hSetNx);
ZEND_METHOD(Swoole_Coroutine_Redis, hMGet);
ZEND_METHOD(Swoole_Coroutine_Redis, hMSet);
ZEND_METHOD(Swoole_Coroutine_Redis, hGetAll);
ZEND_METHOD(Swoole_Coroutine_Redis, hDel);
ZEND_METHOD(Swoole_Coroutine_Redis, hExists);
ZEND_METHOD(Swoole_Coroutine_Redis, hIncrBy);
ZEND_METHOD(Swoole_Coroutine_Redis, hIncrByFloat);
ZEND_METHOD(Swoole_Coroutine_Redis, hLen);
ZEND_METHOD(Swoole_Coroutine_Redis, hKeys);
ZEND_METHOD(Swoole_Coroutine_Redis, hVals);
ZEND_METHOD(Swoole_Coroutine_Redis, lPush);
ZEND_METHOD(Swoole_Coroutine_Redis, rPush);
ZEND_METHOD(Swoole_Coroutine_Redis, lPushx);
ZEND_METHOD(Swoole_Coroutine_Redis, rPushx);
ZEND_METHOD(Swoole_Coroutine_Redis, lPop);
ZEND_METHOD(Swoole_Coroutine_Redis, rPop);
ZEND_METHOD(Swoole_Coroutine_Redis, blPop);
ZEND_METHOD(Swoole_Coroutine_Redis, brPop);
ZEND_METHOD(Swoole_Coroutine_Redis, rpoplpush);
ZEND_METHOD(Swoole_Coroutine_Redis, bRPopLPush);
ZEND_METHOD(Swoole_Coroutine_Redis, lRange);
ZEND_METHOD(Swoole_Coroutine_Redis, lGetRange);
ZEND_METHOD(Swoole_Coroutine_Redis, lLen);
ZEND_METHOD(Swoole_Coroutine_Redis, lSize);
ZEND_METHOD(Swoole_Coroutine_Redis, lIndex);
ZEND_METHOD(Swoole_Coroutine_Redis, lGet);
ZEND_METHOD(Swoole_Coroutine_Redis, lSet);
ZEND_METHOD(Swoole_Coroutine_Redis, lTrim);
ZEND_METHOD(Swoole_Coroutine_Redis, listTrim);
ZEND_METHOD(Swoole_Coroutine_Redis, lRem);
ZEND_METHOD(Swoole_Coroutine_Redis, sAdd);
ZEND_METHOD(Swoole_Coroutine_Redis, sRem);
ZEND_METHOD(Swoole_Coroutine_Redis, sRemove);
ZEND_METHOD(Swoole_Coroutine_Redis, sMembers);
ZEND_METHOD(Swoole_Coroutine_Redis, sGetMembers);
ZEND_METHOD(Swoole_Coroutine_Redis, sIsMember);
ZEND_METHOD(Swoole_Coroutine_Redis, sContains);
ZEND_METHOD(Swoole_Coroutine_Redis, sCard);
ZEND_METHOD(Swoole_Coroutine_Redis, sSize);
ZEND_METHOD(Swoole_Coroutine_Redis, sPop);
ZEND_METHOD(Swoole_Coroutine_Redis, sRandMember);
ZEND_METHOD(Swoole_Coroutine_Redis, sMove);
ZEND_METHOD(Swoole_Coroutine_Redis, sInter);
ZEND_METHOD(Swoole_Coroutine_Redis, sUnion);
ZEND_METHOD(Swoole_Coroutine_Redis, sDiff);
ZEND_METHOD(Swoole_Coroutine_Redis, sInterStore);
ZEND_METHOD(Swoole_Coroutine_Redis, sUnionStore);
ZEND_METHOD(Swoole_Coroutine_Redis, sDiffStore);
ZEND_METHOD(Swoole_Coroutine_Redis, zAdd);
ZEND_METHOD(Swoole_Coroutine_Redis, zRange);
ZEND_METHOD(Swoole_Coroutine_Redis, zRevRange);
ZEND_METHOD(Swoole_Coroutine_Redis, zRangeByScore);
ZEND_METHOD(Swoole_Coroutine_Redis, zRevRangeByScore);
ZEND_METHOD(Swoole_Coroutine_Redis, zScore);
ZEND_METHOD(Swoole_Coroutine_Redis, zRank);
ZEND_METHOD(Swoole_Coroutine_Redis, zRevRank);
ZEND_METHOD(Swoole_Coroutine_Redis, zRem);
ZEND_METHOD(Swoole_Coroutine_Redis, zDelete);
ZEND_METHOD(Swoole_Coroutine_Redis, zIncrBy);
ZEND_METHOD(Swoole_Coroutine_Redis, zCard);
ZEND_METHOD(Swoole_Coroutine_Redis, zSize);
ZEND_METHOD(Swoole_Coroutine_Redis, zCount);
ZEND_METHOD(Swoole_Coroutine_Redis, zRemRangeByRank);
ZEND_METHOD(Swoole_Coroutine_Redis, zRemRangeByScore);
ZEND_METHOD(Swoole_Coroutine_Redis, zDeleteRangeByRank);
ZEND_METHOD(Swoole_Coroutine_Redis, zDeleteRangeByScore);
ZEND_METHOD(Swoole_Coroutine_Redis, zInter);
ZEND_METHOD(Swoole_Coroutine_Redis, zInterStore);
ZEND_METHOD(Swoole_Coroutine_Redis, zUnion);
ZEND_METHOD(Swoole_Coroutine_Redis, zUnionStore);
ZEND_METHOD(Swoole_Coroutine_Redis, eval);
ZEND_METHOD(Swoole_Coroutine_Redis, evalSha);
ZEND_METHOD(Swoole_Coroutine_Redis, multi);
ZEND_METHOD(Swoole_Coroutine_Redis, exec);
ZEND_METHOD(Swoole_Coroutine_Redis, discard);
ZEND_METHOD(Swoole_Coroutine_Redis, watch);
ZEND_METHOD(Swoole_Coroutine_Redis, unwatch);
ZEND_METHOD(Swoole_Coroutine_Redis, ping);
ZEND_METHOD(Swoole_Coroutine_Redis, echo);
ZEND_METHOD(Swoole_Coroutine_Redis, select);
ZEND_METHOD(Swoole_Coroutine_Redis, auth);
ZEND_METHOD(Swoole_Coroutine_Redis, info);
ZEND_METHOD(Swoole_Coroutine_Redis, dbSize);
ZEND_METHOD(Swoole_Coroutine_Redis, flushDB);
ZEND_METHOD(Swoole_Coroutine_Redis, flushAll);
ZEND_METHOD(Swoole_Coroutine_Redis, time);
ZEND_METHOD(Swoole_Coroutine_Redis, publish);
ZEND_METHOD(Swoole_Coroutine_Redis, subscribe);
ZEND_METHOD(Swoole_Coroutine_Redis, pSubscribe);
ZEND_METHOD(Swoole_Coroutine_Redis, unsubscribe);
ZEND_METHOD(Swoole_Coroutine_Redis, pUnSubscribe);


static const zend_function_entry class_Swoole_Coroutine_Redis_methods[] = {
	ZEND_ME(Swoole_Coroutine_Redis, __construct, arginfo_class_Swoole_Coroutine_Redis___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, connect, arginfo_class_Swoole_Coroutine_Redis_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, getAuth, arginfo_class_Swoole_Coroutine_Redis_getAuth, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, getDBNum, arginfo_class_Swoole_Coroutine_Redis_getDBNum, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, getOptions, arginfo_class_Swoole_Coroutine_Redis_getOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, setOptions, arginfo_class_Swoole_Coroutine_Redis_setOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, getDefer, arginfo_class_Swoole_Coroutine_Redis_getDefer, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, setDefer, arginfo_class_Swoole_Coroutine_Redis_setDefer, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, recv, arginfo_class_Swoole_Coroutine_Redis_recv, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, request, arginfo_class_Swoole_Coroutine_Redis_request, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, close, arginfo_class_Swoole_Coroutine_Redis_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, __call, arginfo_class_Swoole_Coroutine_Redis___call, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, set, arginfo_class_Swoole_Coroutine_Redis_set, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, setEx, arginfo_class_Swoole_Coroutine_Redis_setEx, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, psetEx, arginfo_class_Swoole_Coroutine_Redis_psetEx, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, setNx, arginfo_class_Swoole_Coroutine_Redis_setNx, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, get, arginfo_class_Swoole_Coroutine_Redis_get, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, getSet, arginfo_class_Swoole_Coroutine_Redis_getSet, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, append, arginfo_class_Swoole_Coroutine_Redis_append, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, strlen, arginfo_class_Swoole_Coroutine_Redis_strlen, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, getRange, arginfo_class_Swoole_Coroutine_Redis_getRange, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, setRange, arginfo_class_Swoole_Coroutine_Redis_setRange, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, getBit, arginfo_class_Swoole_Coroutine_Redis_getBit, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, setBit, arginfo_class_Swoole_Coroutine_Redis_setBit, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, mGet, arginfo_class_Swoole_Coroutine_Redis_mGet, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, mSet, arginfo_class_Swoole_Coroutine_Redis_mSet, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, mSetNx, arginfo_class_Swoole_Coroutine_Redis_mSetNx, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, del, arginfo_class_Swoole_Coroutine_Redis_del, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, delete, arginfo_class_Swoole_Coroutine_Redis_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, unlink, arginfo_class_Swoole_Coroutine_Redis_unlink, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, exists, arginfo_class_Swoole_Coroutine_Redis_exists, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, type, arginfo_class_Swoole_Coroutine_Redis_type, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, expire, arginfo_class_Swoole_Coroutine_Redis_expire, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, setTimeout, arginfo_class_Swoole_Coroutine_Redis_setTimeout, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, pexpire, arginfo_class_Swoole_Coroutine_Redis_pexpire, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, expireAt, arginfo_class_Swoole_Coroutine_Redis_expireAt, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, pexpireAt, arginfo_class_Swoole_Coroutine_Redis_pexpireAt, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, persist, arginfo_class_Swoole_Coroutine_Redis_persist, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, ttl, arginfo_class_Swoole_Coroutine_Redis_ttl, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, pttl, arginfo_class_Swoole_Coroutine_Redis_pttl, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, incr, arginfo_class_Swoole_Coroutine_Redis_incr, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, decr, arginfo_class_Swoole_Coroutine_Redis_decr, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, incrBy, arginfo_class_Swoole_Coroutine_Redis_incrBy, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, decrBy, arginfo_class_Swoole_Coroutine_Redis_decrBy, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, incrByFloat, arginfo_class_Swoole_Coroutine_Redis_incrByFloat, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, keys, arginfo_class_Swoole_Coroutine_Redis_keys, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, getKeys, arginfo_class_Swoole_Coroutine_Redis_getKeys, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, scan, arginfo_class_Swoole_Coroutine_Redis_scan, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, rename, arginfo_class_Swoole_Coroutine_Redis_rename, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, renameKey, arginfo_class_Swoole_Coroutine_Redis_renameKey, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, renameNx, arginfo_class_Swoole_Coroutine_Redis_renameNx, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, randomKey, arginfo_class_Swoole_Coroutine_Redis_randomKey, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, move, arginfo_class_Swoole_Coroutine_Redis_move, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, dump, arginfo_class_Swoole_Coroutine_Redis_dump, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hGet, arginfo_class_Swoole_Coroutine_Redis_hGet, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hSet, arginfo_class_Swoole_Coroutine_Redis_hSet, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hSetNx, arginfo_class_Swoole_Coroutine_Redis_hSetNx, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hMGet, arginfo_class_Swoole_Coroutine_Redis_hMGet, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hMSet, arginfo_class_Swoole_Coroutine_Redis_hMSet, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hGetAll, arginfo_class_Swoole_Coroutine_Redis_hGetAll, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hDel, arginfo_class_Swoole_Coroutine_Redis_hDel, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hExists, arginfo_class_Swoole_Coroutine_Redis_hExists, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hIncrBy, arginfo_class_Swoole_Coroutine_Redis_hIncrBy, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hIncrByFloat, arginfo_class_Swoole_Coroutine_Redis_hIncrByFloat, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hLen, arginfo_class_Swoole_Coroutine_Redis_hLen, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hKeys, arginfo_class_Swoole_Coroutine_Redis_hKeys, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, hVals, arginfo_class_Swoole_Coroutine_Redis_hVals, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lPush, arginfo_class_Swoole_Coroutine_Redis_lPush, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, rPush, arginfo_class_Swoole_Coroutine_Redis_rPush, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lPushx, arginfo_class_Swoole_Coroutine_Redis_lPushx, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, rPushx, arginfo_class_Swoole_Coroutine_Redis_rPushx, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lPop, arginfo_class_Swoole_Coroutine_Redis_lPop, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, rPop, arginfo_class_Swoole_Coroutine_Redis_rPop, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, blPop, arginfo_class_Swoole_Coroutine_Redis_blPop, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, brPop, arginfo_class_Swoole_Coroutine_Redis_brPop, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, rpoplpush, arginfo_class_Swoole_Coroutine_Redis_rpoplpush, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, bRPopLPush, arginfo_class_Swoole_Coroutine_Redis_bRPopLPush, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lRange, arginfo_class_Swoole_Coroutine_Redis_lRange, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lGetRange, arginfo_class_Swoole_Coroutine_Redis_lGetRange, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lLen, arginfo_class_Swoole_Coroutine_Redis_lLen, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lSize, arginfo_class_Swoole_Coroutine_Redis_lSize, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lIndex, arginfo_class_Swoole_Coroutine_Redis_lIndex, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lGet, arginfo_class_Swoole_Coroutine_Redis_lGet, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lSet, arginfo_class_Swoole_Coroutine_Redis_lSet, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lTrim, arginfo_class_Swoole_Coroutine_Redis_lTrim, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, listTrim, arginfo_class_Swoole_Coroutine_Redis_listTrim, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, lRem, arginfo_class_Swoole_Coroutine_Redis_lRem, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sAdd, arginfo_class_Swoole_Coroutine_Redis_sAdd, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sRem, arginfo_class_Swoole_Coroutine_Redis_sRem, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sRemove, arginfo_class_Swoole_Coroutine_Redis_sRemove, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sMembers, arginfo_class_Swoole_Coroutine_Redis_sMembers, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sGetMembers, arginfo_class_Swoole_Coroutine_Redis_sGetMembers, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sIsMember, arginfo_class_Swoole_Coroutine_Redis_sIsMember, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sContains, arginfo_class_Swoole_Coroutine_Redis_sContains, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sCard, arginfo_class_Swoole_Coroutine_Redis_sCard, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sSize, arginfo_class_Swoole_Coroutine_Redis_sSize, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sPop, arginfo_class_Swoole_Coroutine_Redis_sPop, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sRandMember, arginfo_class_Swoole_Coroutine_Redis_sRandMember, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sMove, arginfo_class_Swoole_Coroutine_Redis_sMove, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sInter, arginfo_class_Swoole_Coroutine_Redis_sInter, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sUnion, arginfo_class_Swoole_Coroutine_Redis_sUnion, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sDiff, arginfo_class_Swoole_Coroutine_Redis_sDiff, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sInterStore, arginfo_class_Swoole_Coroutine_Redis_sInterStore, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sUnionStore, arginfo_class_Swoole_Coroutine_Redis_sUnionStore, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, sDiffStore, arginfo_class_Swoole_Coroutine_Redis_sDiffStore, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zAdd, arginfo_class_Swoole_Coroutine_Redis_zAdd, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zRange, arginfo_class_Swoole_Coroutine_Redis_zRange, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zRevRange, arginfo_class_Swoole_Coroutine_Redis_zRevRange, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zRangeByScore, arginfo_class_Swoole_Coroutine_Redis_zRangeByScore, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zRevRangeByScore, arginfo_class_Swoole_Coroutine_Redis_zRevRangeByScore, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zScore, arginfo_class_Swoole_Coroutine_Redis_zScore, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zRank, arginfo_class_Swoole_Coroutine_Redis_zRank, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zRevRank, arginfo_class_Swoole_Coroutine_Redis_zRevRank, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zRem, arginfo_class_Swoole_Coroutine_Redis_zRem, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zDelete, arginfo_class_Swoole_Coroutine_Redis_zDelete, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zIncrBy, arginfo_class_Swoole_Coroutine_Redis_zIncrBy, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zCard, arginfo_class_Swoole_Coroutine_Redis_zCard, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zSize, arginfo_class_Swoole_Coroutine_Redis_zSize, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zCount, arginfo_class_Swoole_Coroutine_Redis_zCount, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zRemRangeByRank, arginfo_class_Swoole_Coroutine_Redis_zRemRangeByRank, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zRemRangeByScore, arginfo_class_Swoole_Coroutine_Redis_zRemRangeByScore, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zDeleteRangeByRank, arginfo_class_Swoole_Coroutine_Redis_zDeleteRangeByRank, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zDeleteRangeByScore, arginfo_class_Swoole_Coroutine_Redis_zDeleteRangeByScore, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zInter, arginfo_class_Swoole_Coroutine_Redis_zInter, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zInterStore, arginfo_class_Swoole_Coroutine_Redis_zInterStore, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zUnion, arginfo_class_Swoole_Coroutine_Redis_zUnion, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, zUnionStore, arginfo_class_Swoole_Coroutine_Redis_zUnionStore, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, eval, arginfo_class_Swoole_Coroutine_Redis_eval, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, evalSha, arginfo_class_Swoole_Coroutine_Redis_evalSha, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, multi, arginfo_class_Swoole_Coroutine_Redis_multi, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, exec, arginfo_class_Swoole_Coroutine_Redis_exec, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, discard, arginfo_class_Swoole_Coroutine_Redis_discard, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, watch, arginfo_class_Swoole_Coroutine_Redis_watch, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, unwatch, arginfo_class_Swoole_Coroutine_Redis_unwatch, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, ping, arginfo_class_Swoole_Coroutine_Redis_ping, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, echo, arginfo_class_Swoole_Coroutine_Redis_echo, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, select, arginfo_class_Swoole_Coroutine_Redis_select, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, auth, arginfo_class_Swoole_Coroutine_Redis_auth, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, info, arginfo_class_Swoole_Coroutine_Redis_info, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, dbSize, arginfo_class_Swoole_Coroutine_Redis_dbSize, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, flushDB, arginfo_class_Swoole_Coroutine_Redis_flushDB, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, flushAll, arginfo_class_Swoole_Coroutine_Redis_flushAll, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, time, arginfo_class_Swoole_Coroutine_Redis_time, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, publish, arginfo_class_Swoole_Coroutine_Redis_publish, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, subscribe, arginfo_class_Swoole_Coroutine_Redis_subscribe, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, pSubscribe, arginfo_class_Swoole_Coroutine_Redis_pSubscribe, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, unsubscribe, arginfo_class_Swoole_Coroutine_Redis_unsubscribe, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_Redis, pUnSubscribe, arginfo_class_Swoole_Coroutine_Redis_pUnSubscribe, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Swoole_Coroutine_Redis(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Swoole\\Coroutine", "Redis", class_Swoole_Coroutine_Redis_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval property_host_default_value;
	ZVAL_EMPTY_STRING(&property_host_default_value);
	zend_string *property_host_name = zend_string_init("host", sizeof("host") - 1, 1);
	zend_declare_typed_property(class_entry, property_host_name, &property_host_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_host_name);

	zval property_port_default_value;
	ZVAL_LONG(&property_port_default_value, 0);
	zend_string *property_port_name = zend_string_init("port", sizeof("port") - 1, 1);
	zend_declare_typed_property(class_entry, property_port_name, &property_port_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_port_name);

	zval property_setting_default_value;
	ZVAL_EMPTY_ARRAY(&property_setting_default_value);
	zend_string *property_setting_name = zend_string_init("setting", sizeof("setting") - 1, 1);
	zend_declare_typed_property(class_entry, property_setting_name, &property_setting_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_setting_name);

	zval property_sock_default_value;
	ZVAL_LONG(&property_sock_default_value, -1);
	zend_string *property_sock_name = zend_string_init("sock", sizeof("sock") - 1, 1);
	zend_declare_typed_property(class_entry, property_sock_name, &property_sock_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_sock_name);

	zval property_connected_default_value;
	ZVAL_FALSE(&property_connected_default_value);
	zend_string *property_connected_name = zend_string_init("connected", sizeof("connected") - 1, 1);
	zend_declare_typed_property(class_entry, property_connected_name, &property_connected_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_connected_name);

	zval property_errType_default_value;
	ZVAL_LONG(&property_errType_default_value, 0);
	zend_string *property_errType_name = zend_string_init("errType", sizeof("errType") - 1, 1);
	zend_declare_typed_property(class_entry, property_errType_name, &property_errType_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_errType_name);

	zval property_errCode_default_value;
	ZVAL_LONG(&property_errCode_default_value, 0);
	zend_string *property_errCode_name = zend_string_init("errCode", sizeof("errCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errCode_name, &property_errCode_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_errCode_name);

	zval property_errMsg_default_value;
	ZVAL_EMPTY_STRING(&property_errMsg_default_value);
	zend_string *property_errMsg_name = zend_string_init("errMsg", sizeof("errMsg") - 1, 1);
	zend_declare_typed_property(class_entry, property_errMsg_name, &property_errMsg_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_errMsg_name);

	return class_entry;
}
