/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f8946ccc18e771f2ef9fc408554c517ff838a4e0 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_go, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, param, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_defer, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Co_run, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(go);
ZEND_FUNCTION(defer);
ZEND_FUNCTION(Co_run);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(go, arginfo_go)
	ZEND_FE(defer, arginfo_defer)
	ZEND_NS_FALIAS("Co", run, Co_run, arginfo_Co_run)
	ZEND_FE_END
};
