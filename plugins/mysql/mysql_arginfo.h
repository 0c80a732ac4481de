/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 05c7b307feb0d979dfa953fa6d776ec80befc8dd */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Swoole_Coroutine_MySQL___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_MySQL_getDefer, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_MySQL_setDefer, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, defer, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_MySQL_connect, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, server_config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_MySQL_recv, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_MySQL_query, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, sql, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_MySQL_fetch, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_MySQL_fetchAll arginfo_class_Swoole_Coroutine_MySQL_fetch

#define arginfo_class_Swoole_Coroutine_MySQL_nextResult arginfo_class_Swoole_Coroutine_MySQL_recv

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_MySQL_prepare, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, query, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_MySQL_close arginfo_class_Swoole_Coroutine_MySQL_getDefer

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_MySQL_begin, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_MySQL_commit arginfo_class_Swoole_Coroutine_MySQL_begin

#define arginfo_class_Swoole_Coroutine_MySQL_rollback arginfo_class_Swoole_Coroutine_MySQL_begin

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_MySQL_escape, 0, 1, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, string, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_MySQL_Statement___construct arginfo_class_Swoole_Coroutine_MySQL___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_MySQL_Statement_execute, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_MySQL_Statement_fetch arginfo_class_Swoole_Coroutine_MySQL_recv

#define arginfo_class_Swoole_Coroutine_MySQL_Statement_fetchAll arginfo_class_Swoole_Coroutine_MySQL_recv

#define arginfo_class_Swoole_Coroutine_MySQL_Statement_nextResult arginfo_class_Swoole_Coroutine_MySQL_recv

#define arginfo_class_Swoole_Coroutine_MySQL_Statement_recv arginfo_class_Swoole_Coroutine_MySQL_recv

#define arginfo_class_Swoole_Coroutine_MySQL_Statement_close arginfo_class_Swoole_Coroutine_MySQL_getDefer


ZEND_METHOD(Swoole_Coroutine_MySQL, __construct);
ZEND_METHOD(Swoole_Coroutine_MySQL, getDefer);
ZEND_METHOD(Swoole_Coroutine_MySQL, setDefer);
ZEND_METHOD(Swoole_Coroutine_MySQL, connect);
ZEND_METHOD(Swoole_Coroutine_MySQL, recv);
ZEND_METHOD(Swoole_Coroutine_MySQL, query);
ZEND_METHOD(Swoole_Coroutine_MySQL, fetch);
ZEND_METHOD(Swoole_Coroutine_MySQL, fetchAll);
ZEND_METHOD(Swoole_Coroutine_MySQL, nextResult);
ZEND_METHOD(Swoole_Coroutine_MySQL, prepare);
ZEND_METHOD(Swoole_Coroutine_MySQL, close);
ZEND_METHOD(Swoole_Coroutine_MySQL, begin);
ZEND_METHOD(Swoole_Coroutine_MySQL, commit);
ZEND_METHOD(Swoole_Coroutine_MySQL, rollback);
ZEND_METHOD(Swoole_Coroutine_MySQL, escape);
ZEND_METHOD(Swoole_Coroutine_MySQL_Statement, __construct);
ZEND_METHOD(Swoole_Coroutine_MySQL_Statement, execute);
ZEND_METHOD(Swoole_Coroutine_MySQL_Statement, fetch);
ZEND_METHOD(Swoole_Coroutine_MySQL_Statement, fetchAll);
ZEND_METHOD(Swoole_Coroutine_MySQL_Statement, nextResult);
ZEND_METHOD(Swoole_Coroutine_MySQL_Statement, recv);
ZEND_METHOD(Swoole_Coroutine_MySQL_Statement, close);


static const zend_function_entry class_Swoole_Coroutine_MySQL_methods[] = {
	ZEND_ME(Swoole_Coroutine_MySQL, __construct, arginfo_class_Swoole_Coroutine_MySQL___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, getDefer, arginfo_class_Swoole_Coroutine_MySQL_getDefer, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, setDefer, arginfo_class_Swoole_Coroutine_MySQL_setDefer, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, connect, arginfo_class_Swoole_Coroutine_MySQL_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, recv, arginfo_class_Swoole_Coroutine_MySQL_recv, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, query, arginfo_class_Swoole_Coroutine_MySQL_query, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, fetch, arginfo_class_Swoole_Coroutine_MySQL_fetch, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, fetchAll, arginfo_class_Swoole_Coroutine_MySQL_fetchAll, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, nextResult, arginfo_class_Swoole_Coroutine_MySQL_nextResult, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, prepare, arginfo_class_Swoole_Coroutine_MySQL_prepare, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, close, arginfo_class_Swoole_Coroutine_MySQL_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, begin, arginfo_class_Swoole_Coroutine_MySQL_begin, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, commit, arginfo_class_Swoole_Coroutine_MySQL_commit, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, rollback, arginfo_class_Swoole_Coroutine_MySQL_rollback, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL, escape, arginfo_class_Swoole_Coroutine_MySQL_escape, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Swoole_Coroutine_MySQL_Statement_methods[] = {
	ZEND_ME(Swoole_Coroutine_MySQL_Statement, __construct, arginfo_class_Swoole_Coroutine_MySQL_Statement___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Swoole_Coroutine_MySQL_Statement, execute, arginfo_class_Swoole_Coroutine_MySQL_Statement_execute, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL_Statement, fetch, arginfo_class_Swoole_Coroutine_MySQL_Statement_fetch, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL_Statement, fetchAll, arginfo_class_Swoole_Coroutine_MySQL_Statement_fetchAll, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL_Statement, nextResult, arginfo_class_Swoole_Coroutine_MySQL_Statement_nextResult, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL_Statement, recv, arginfo_class_Swoole_Coroutine_MySQL_Statement_recv, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_MySQL_Statement, close, arginfo_class_Swoole_Coroutine_MySQL_Statement_close, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Swoole_Coroutine_MySQL(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Swoole\\Coroutine", "MySQL", class_Swoole_Coroutine_MySQL_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval property_serverInfo_default_value;
	ZVAL_EMPTY_ARRAY(&property_serverInfo_default_value);
	zend_string *property_serverInfo_name = zend_string_init("serverInfo", sizeof("serverInfo") - 1, 1);
	zend_declare_typed_property(class_entry, property_serverInfo_name, &property_serverInfo_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serverInfo_name);

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

	zval property_connect_error_default_value;
	ZVAL_EMPTY_STRING(&property_connect_error_default_value);
	zend_string *property_connect_error_name = zend_string_init("connect_error", sizeof("connect_error") - 1, 1);
	zend_declare_typed_property(class_entry, property_connect_error_name, &property_connect_error_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_connect_error_name);

	zval property_connect_errno_default_value;
	ZVAL_LONG(&property_connect_errno_default_value, 0);
	zend_string *property_connect_errno_name = zend_string_init("connect_errno", sizeof("connect_errno") - 1, 1);
	zend_declare_typed_property(class_entry, property_connect_errno_name, &property_connect_errno_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_connect_errno_name);

	zval property_affected_rows_default_value;
	ZVAL_LONG(&property_affected_rows_default_value, 0);
	zend_string *property_affected_rows_name = zend_string_init("affected_rows", sizeof("affected_rows") - 1, 1);
	zend_declare_typed_property(class_entry, property_affected_rows_name, &property_affected_rows_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_affected_rows_name);

	zval property_insert_id_default_value;
	ZVAL_LONG(&property_insert_id_default_value, 0);
	zend_string *property_insert_id_name = zend_string_init("insert_id", sizeof("insert_id") - 1, 1);
	zend_declare_typed_property(class_entry, property_insert_id_name, &property_insert_id_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_insert_id_name);

	zval property_error_default_value;
	ZVAL_EMPTY_STRING(&property_error_default_value);
	zend_string *property_error_name = zend_string_init("error", sizeof("error") - 1, 1);
	zend_declare_typed_property(class_entry, property_error_name, &property_error_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_error_name);

	zval property_errno_default_value;
	ZVAL_LONG(&property_errno_default_value, 0);
	zend_string *property_errno_name = zend_string_init("errno", sizeof("errno") - 1, 1);
	zend_declare_typed_property(class_entry, property_errno_name, &property_errno_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_errno_name);

	return class_entry;
}

static zend_class_entry *register_class_Swoole_Coroutine_MySQL_Statement(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Swoole\\Coroutine\\MySQL", "Statement", class_Swoole_Coroutine_MySQL_Statement_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_id_default_value;
	ZVAL_LONG(&property_id_default_value, 0);
	zend_string *property_id_name = zend_string_init("id", sizeof("id") - 1, 1);
	zend_declare_typed_property(class_entry, property_id_name, &property_id_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_id_name);

	zval property_affected_rows_default_value;
	ZVAL_LONG(&property_affected_rows_default_value, 0);
	zend_string *property_affected_rows_name = zend_string_init("affected_rows", sizeof("affected_rows") - 1, 1);
	zend_declare_typed_property(class_entry, property_affected_rows_name, &property_affected_rows_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_affected_rows_name);

	zval property_insert_id_default_value;
	ZVAL_LONG(&property_insert_id_default_value, 0);
	zend_string *property_insert_id_name = zend_string_init("insert_id", sizeof("insert_id") - 1, 1);
	zend_declare_typed_property(class_entry, property_insert_id_name, &property_insert_id_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_insert_id_name);

	zval property_error_default_value;
	ZVAL_EMPTY_STRING(&property_error_default_value);
	zend_string *property_error_name = zend_string_init("error", sizeof("error") - 1, 1);
	zend_declare_typed_property(class_entry, property_error_name, &property_error_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_error_name);

	zval property_errno_default_value;
	ZVAL_LONG(&property_errno_default_value, 0);
	zend_string *property_errno_name = zend_string_init("errno", sizeof("errno") - 1, 1);
	zend_declare_typed_property(class_entry, property_errno_name, &property_errno_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_errno_name);

	return class_entry;
}
