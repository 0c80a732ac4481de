/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 59a8deb0572cb4f974af18322ec2cc527359e7b5 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Swoole_Coroutine_PostgreSQL___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_connect, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, conninfo, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "2")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_escape, 0, 1, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, string, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_PostgreSQL_escapeLiteral arginfo_class_Swoole_Coroutine_PostgreSQL_escape

#define arginfo_class_Swoole_Coroutine_PostgreSQL_escapeIdentifier arginfo_class_Swoole_Coroutine_PostgreSQL_escape

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_query, 0, 1, Swoole\\Coroutine\\PostgreSQLStatement, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, query, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_prepare, 0, 1, Swoole\\Coroutine\\PostgreSQLStatement, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, query, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sql, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_metaData, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, table_name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_execute, 0, 1, Swoole\\Coroutine\\PostgreSQLStatement, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_fetchAll, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, result, Swoole\\Coroutine\\PostgreSQLStatement, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, result_type, IS_LONG, 0, "SW_PGSQL_ASSOC")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_fetchAssoc, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, result, Swoole\\Coroutine\\PostgreSQLStatement, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, row, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, result_type, IS_LONG, 0, "SW_PGSQL_ASSOC")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_fetchArray, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, result, Swoole\\Coroutine\\PostgreSQLStatement, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, row, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, result_type, IS_LONG, 0, "SW_PGSQL_BOTH")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_fetchRow, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, result, Swoole\\Coroutine\\PostgreSQLStatement, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, row, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, result_type, IS_LONG, 0, "SW_PGSQL_NUM")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_fetchObject, 0, 1, MAY_BE_OBJECT|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, result, Swoole\\Coroutine\\PostgreSQLStatement, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, row, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, class_name, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ctor_params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQL_affectedRows, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, result, Swoole\\Coroutine\\PostgreSQLStatement, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_PostgreSQL_numRows arginfo_class_Swoole_Coroutine_PostgreSQL_affectedRows

#define arginfo_class_Swoole_Coroutine_PostgreSQL_fieldCount arginfo_class_Swoole_Coroutine_PostgreSQL_affectedRows

#define arginfo_class_Swoole_Coroutine_PostgreSQLStatement___construct arginfo_class_Swoole_Coroutine_PostgreSQL___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Swoole_Coroutine_PostgreSQLStatement_execute, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fetchAll, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, result_type, IS_LONG, 0, "SW_PGSQL_ASSOC")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQLStatement_affectedRows, 0, 0, MAY_BE_LONG|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

#define arginfo_class_Swoole_Coroutine_PostgreSQLStatement_numRows arginfo_class_Swoole_Coroutine_PostgreSQLStatement_affectedRows

#define arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fieldCount arginfo_class_Swoole_Coroutine_PostgreSQLStatement_affectedRows

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fetchObject, 0, 0, MAY_BE_OBJECT|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, row, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, class_name, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ctor_params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fetchAssoc, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, row, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, result_type, IS_LONG, 0, "SW_PGSQL_ASSOC")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fetchArray, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, row, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, result_type, IS_LONG, 0, "SW_PGSQL_BOTH")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fetchRow, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, row, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, result_type, IS_LONG, 0, "SW_PGSQL_NUM")
ZEND_END_ARG_INFO()


ZEND_METHOD(Swoole_Coroutine_PostgreSQL, __construct);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, connect);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, escape);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, escapeLiteral);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, escapeIdentifier);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, query);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, prepare);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, metaData);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, execute);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, fetchAll);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, fetchAssoc);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, fetchArray);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, fetchRow);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, fetchObject);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, affectedRows);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, numRows);
ZEND_METHOD(Swoole_Coroutine_PostgreSQL, fieldCount);
ZEND_METHOD(Swoole_Coroutine_PostgreSQLStatement, __construct);
ZEND_METHOD(Swoole_Coroutine_PostgreSQLStatement, execute);
ZEND_METHOD(Swoole_Coroutine_PostgreSQLStatement, fetchAll);
ZEND_METHOD(Swoole_Coroutine_PostgreSQLStatement, affectedRows);
ZEND_METHOD(Swoole_Coroutine_PostgreSQLStatement, numRows);
ZEND_METHOD(Swoole_Coroutine_PostgreSQLStatement, fieldCount);
ZEND_METHOD(Swoole_Coroutine_PostgreSQLStatement, fetchObject);
ZEND_METHOD(Swoole_Coroutine_PostgreSQLStatement, fetchAssoc);
ZEND_METHOD(Swoole_Coroutine_PostgreSQLStatement, fetchArray);
ZEND_METHOD(Swoole_Coroutine_PostgreSQLStatement, fetchRow);


static const zend_function_entry class_Swoole_Coroutine_PostgreSQL_methods[] = {
	ZEND_ME(Swoole_Coroutine_PostgreSQL, __construct, arginfo_class_Swoole_Coroutine_PostgreSQL___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, connect, arginfo_class_Swoole_Coroutine_PostgreSQL_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, escape, arginfo_class_Swoole_Coroutine_PostgreSQL_escape, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, escapeLiteral, arginfo_class_Swoole_Coroutine_PostgreSQL_escapeLiteral, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, escapeIdentifier, arginfo_class_Swoole_Coroutine_PostgreSQL_escapeIdentifier, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, query, arginfo_class_Swoole_Coroutine_PostgreSQL_query, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, prepare, arginfo_class_Swoole_Coroutine_PostgreSQL_prepare, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, metaData, arginfo_class_Swoole_Coroutine_PostgreSQL_metaData, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, execute, arginfo_class_Swoole_Coroutine_PostgreSQL_execute, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, fetchAll, arginfo_class_Swoole_Coroutine_PostgreSQL_fetchAll, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, fetchAssoc, arginfo_class_Swoole_Coroutine_PostgreSQL_fetchAssoc, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, fetchArray, arginfo_class_Swoole_Coroutine_PostgreSQL_fetchArray, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, fetchRow, arginfo_class_Swoole_Coroutine_PostgreSQL_fetchRow, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, fetchObject, arginfo_class_Swoole_Coroutine_PostgreSQL_fetchObject, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, affectedRows, arginfo_class_Swoole_Coroutine_PostgreSQL_affectedRows, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, numRows, arginfo_class_Swoole_Coroutine_PostgreSQL_numRows, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQL, fieldCount, arginfo_class_Swoole_Coroutine_PostgreSQL_fieldCount, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Swoole_Coroutine_PostgreSQLStatement_methods[] = {
	ZEND_ME(Swoole_Coroutine_PostgreSQLStatement, __construct, arginfo_class_Swoole_Coroutine_PostgreSQLStatement___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Swoole_Coroutine_PostgreSQLStatement, execute, arginfo_class_Swoole_Coroutine_PostgreSQLStatement_execute, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQLStatement, fetchAll, arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fetchAll, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQLStatement, affectedRows, arginfo_class_Swoole_Coroutine_PostgreSQLStatement_affectedRows, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQLStatement, numRows, arginfo_class_Swoole_Coroutine_PostgreSQLStatement_numRows, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQLStatement, fieldCount, arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fieldCount, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQLStatement, fetchObject, arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fetchObject, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQLStatement, fetchAssoc, arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fetchAssoc, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQLStatement, fetchArray, arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fetchArray, ZEND_ACC_PUBLIC)
	ZEND_ME(Swoole_Coroutine_PostgreSQLStatement, fetchRow, arginfo_class_Swoole_Coroutine_PostgreSQLStatement_fetchRow, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static void register_pgsql_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("SW_PGSQL_ASSOC", PGSQL_ASSOC, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("SW_PGSQL_NUM", PGSQL_NUM, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("SW_PGSQL_BOTH", PGSQL_BOTH, CONST_PERSISTENT);
}

static zend_class_entry *register_class_Swoole_Coroutine_PostgreSQL(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Swoole\\Coroutine", "PostgreSQL", class_Swoole_Coroutine_PostgreSQL_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval property_error_default_value;
	ZVAL_NULL(&property_error_default_value);
	zend_string *property_error_name = zend_string_init("error", sizeof("error") - 1, 1);
	zend_declare_typed_property(class_entry, property_error_name, &property_error_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_error_name);

	zval property_errCode_default_value;
	ZVAL_LONG(&property_errCode_default_value, 0);
	zend_string *property_errCode_name = zend_string_init("errCode", sizeof("errCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errCode_name, &property_errCode_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_errCode_name);

	zval property_resultStatus_default_value;
	ZVAL_LONG(&property_resultStatus_default_value, 0);
	zend_string *property_resultStatus_name = zend_string_init("resultStatus", sizeof("resultStatus") - 1, 1);
	zend_declare_typed_property(class_entry, property_resultStatus_name, &property_resultStatus_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_resultStatus_name);

	zval property_resultDiag_default_value;
	ZVAL_NULL(&property_resultDiag_default_value);
	zend_string *property_resultDiag_name = zend_string_init("resultDiag", sizeof("resultDiag") - 1, 1);
	zend_declare_typed_property(class_entry, property_resultDiag_name, &property_resultDiag_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_resultDiag_name);

	zval property_notices_default_value;
	ZVAL_NULL(&property_notices_default_value);
	zend_string *property_notices_name = zend_string_init("notices", sizeof("notices") - 1, 1);
	zend_declare_typed_property(class_entry, property_notices_name, &property_notices_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_notices_name);

	return class_entry;
}

static zend_class_entry *register_class_Swoole_Coroutine_PostgreSQLStatement(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Swoole\\Coroutine", "PostgreSQLStatement", class_Swoole_Coroutine_PostgreSQLStatement_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_error_default_value;
	ZVAL_NULL(&property_error_default_value);
	zend_string *property_error_name = zend_string_init("error", sizeof("error") - 1, 1);
	zend_declare_typed_property(class_entry, property_error_name, &property_error_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_error_name);

	zval property_errCode_default_value;
	ZVAL_LONG(&property_errCode_default_value, 0);
	zend_string *property_errCode_name = zend_string_init("errCode", sizeof("errCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errCode_name, &property_errCode_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_errCode_name);

	zval property_resultStatus_default_value;
	ZVAL_LONG(&property_resultStatus_default_value, 0);
	zend_string *property_resultStatus_name = zend_string_init("resultStatus", sizeof("resultStatus") - 1, 1);
	zend_declare_typed_property(class_entry, property_resultStatus_name, &property_resultStatus_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_resultStatus_name);

	zval property_resultDiag_default_value;
	ZVAL_NULL(&property_resultDiag_default_value);
	zend_string *property_resultDiag_name = zend_string_init("resultDiag", sizeof("resultDiag") - 1, 1);
	zend_declare_typed_property(class_entry, property_resultDiag_name, &property_resultDiag_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_resultDiag_name);

	zval property_notices_default_value;
	ZVAL_NULL(&property_notices_default_value);
	zend_string *property_notices_name = zend_string_init("notices", sizeof("notices") - 1, 1);
	zend_declare_typed_property(class_entry, property_notices_name, &property_notices_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_notices_name);

	return class_entry;
}
