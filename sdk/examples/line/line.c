/* line.c — an example third-party swoole plugin: a newline-delimited "line protocol"
 * codec, exposed to PHP as Swoole\Example\Line. It is built only from the installed SDK
 * headers (pkg-config swoole-sdk) and PHP's own (php-config --includes): see Makefile.
 *
 *     $codec = new Swoole\Example\Line("\r\n");
 *     $codec->feed("a\r\nb");       // ["a"]   ("b" waits for its end of line)
 *     $codec->feed("\r\n");         // ["b"]
 *     Swoole\Example\Line::encode(["x", "y"]);   // "x\ny\n"
 *
 * What it shows: SW_PLUGIN_DEFINE, a class whose objects carry a native struct (the
 * buffer of a partial line) freed by the core when the object dies, an ini entry of its
 * own (swoole.line.max_length), the project's exceptions, and the info hook. */
#include <string.h>

#include <swoole/sdk_php.h>

#include "ext/standard/info.h"
#include "zend_smart_str.h"

#define LINE_VERSION "1.0.0"

/* The native struct behind each Swoole\Example\Line object. */
typedef struct {
    char *buf;        /* bytes after the last end of line (emalloc'd) */
    size_t len, cap;
    zend_string *eol; /* the delimiter */
} line_codec_t;

static zend_class_entry *line_ce;

static line_codec_t *codec_of(zval *obj) { return sw_api->php->object_native(Z_OBJ_P(obj)); }

static void codec_free(void *native)
{
    line_codec_t *c = native;
    if (c->buf)
        efree(c->buf);
    if (c->eol)
        zend_string_release(c->eol);
}

static bool codec_append(line_codec_t *c, const char *data, size_t len)
{
    zend_long max = INI_INT("swoole.line.max_length");
    if (max > 0 && c->len + len > (size_t)max) {
        sw_api->php->throw_error(SW_PHP_EXCEPTION, SW_SDK_E_PROTOCOL_ERROR,
                                 "line longer than swoole.line.max_length (" ZEND_LONG_FMT
                                 " bytes)",
                                 max);
        return false;
    }
    if (c->len + len > c->cap) {
        c->cap = c->cap ? c->cap * 2 : 256;
        while (c->cap < c->len + len)
            c->cap *= 2;
        c->buf = erealloc(c->buf, c->cap);
    }
    memcpy(c->buf + c->len, data, len);
    c->len += len;
    return true;
}

ZEND_BEGIN_ARG_INFO_EX(arginfo_construct, 0, 0, 0)
    ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, eol, IS_STRING, 0, "\"\\n\"")
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_feed, 0, 1, IS_ARRAY, 0)
    ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_pending, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_encode, 0, 1, IS_STRING, 0)
    ZEND_ARG_TYPE_INFO(0, lines, IS_ARRAY, 0)
    ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, eol, IS_STRING, 0, "\"\\n\"")
ZEND_END_ARG_INFO()

static ZEND_METHOD(Line, __construct)
{
    zend_string *eol = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(eol)
    ZEND_PARSE_PARAMETERS_END();
    if (eol && ZSTR_LEN(eol) == 0) {
        zend_argument_value_error(1, "must not be empty");
        RETURN_THROWS();
    }
    line_codec_t *c = codec_of(ZEND_THIS);
    if (c->eol)
        zend_string_release(c->eol);
    c->eol = eol ? zend_string_copy(eol) : zend_string_init("\n", 1, 0);
}

/* Appends data and returns every complete line, without its end of line. */
static ZEND_METHOD(Line, feed)
{
    zend_string *data;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    line_codec_t *c = codec_of(ZEND_THIS);
    if (!c->eol) {
        sw_api->php->throw_error(SW_PHP_ERROR, SW_SDK_E_WRONG_OPERATION,
                                 "Swoole\\Example\\Line::__construct() was not called");
        RETURN_THROWS();
    }
    const char *eol = ZSTR_VAL(c->eol);
    size_t eol_len = ZSTR_LEN(c->eol);
    /* A delimiter may straddle two feeds: search from the buffered tail too. */
    size_t keep = c->len < eol_len - 1 ? c->len : eol_len - 1;
    size_t before = c->len;
    if (!codec_append(c, ZSTR_VAL(data), ZSTR_LEN(data)))
        RETURN_THROWS();
    array_init(return_value);
    if (!c->len)
        return;
    const char *scan = c->buf + before - keep;
    const char *hit;
    size_t start = 0;
    while ((hit = zend_memnstr(scan, eol, eol_len, c->buf + c->len)) != NULL) {
        add_next_index_stringl(return_value, c->buf + start, (size_t)(hit - c->buf) - start);
        start = (size_t)(hit - c->buf) + eol_len;
        scan = c->buf + start;
    }
    memmove(c->buf, c->buf + start, c->len - start);
    c->len -= start;
}

static ZEND_METHOD(Line, pending)
{
    ZEND_PARSE_PARAMETERS_NONE();
    line_codec_t *c = codec_of(ZEND_THIS);
    RETURN_STRINGL(c->buf ? c->buf : "", c->len);
}

/* Joins lines, each ended by eol; a line that contains eol cannot be framed. */
static ZEND_METHOD(Line, encode)
{
    HashTable *lines;
    zend_string *eol = NULL;
    zval *v;
    smart_str out = {0};

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(lines)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(eol)
    ZEND_PARSE_PARAMETERS_END();
    const char *e = eol ? ZSTR_VAL(eol) : "\n";
    size_t e_len = eol ? ZSTR_LEN(eol) : 1;
    if (!e_len) {
        zend_argument_value_error(2, "must not be empty");
        RETURN_THROWS();
    }
    ZEND_HASH_FOREACH_VAL(lines, v) {
        zend_string *tmp, *s = zval_get_tmp_string(v, &tmp);
        if (zend_memnstr(ZSTR_VAL(s), e, e_len, ZSTR_VAL(s) + ZSTR_LEN(s))) {
            zend_tmp_string_release(tmp);
            smart_str_free(&out);
            sw_api->php->throw_error(SW_PHP_EXCEPTION, SW_SDK_E_INVALID_PARAMS,
                                     "a line must not contain the end-of-line sequence");
            RETURN_THROWS();
        }
        smart_str_append(&out, s);
        smart_str_appendl(&out, e, e_len);
        zend_tmp_string_release(tmp);
    } ZEND_HASH_FOREACH_END();
    RETURN_STR(smart_str_extract(&out));
}

static const zend_function_entry line_methods[] = {
    ZEND_ME(Line, __construct, arginfo_construct, ZEND_ACC_PUBLIC)
    ZEND_ME(Line, feed, arginfo_feed, ZEND_ACC_PUBLIC)
    ZEND_ME(Line, pending, arginfo_pending, ZEND_ACC_PUBLIC)
    ZEND_ME(Line, encode, arginfo_encode, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC)
    ZEND_FE_END
};

static const zend_ini_entry_def line_ini[] = {
    ZEND_INI_ENTRY("swoole.line.max_length", "65536", PHP_INI_ALL, NULL)
    {NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0},
};

static const sw_php_native_class_t line_native = {sizeof(line_codec_t), codec_free};

static int line_startup(const sw_api_t *api)
{
    zend_class_entry ce;

    if (api->php->register_ini(line_ini) < 0)
        return -api->error_code();
    INIT_CLASS_ENTRY(ce, "Swoole\\Example\\Line", line_methods);
    line_ce = api->php->register_class(&ce, NULL, &line_native);
    if (!line_ce)
        return api->error_set(SW_SDK_E_WRONG_OPERATION, "cannot register Swoole\\Example\\Line");
    line_ce->ce_flags |= ZEND_ACC_FINAL;
    api->log(SW_SDK_LOG_DEBUG, "line plugin %s started", LINE_VERSION);
    return 0;
}

static void line_info(void)
{
    php_info_print_table_row(2, "line protocol", "Swoole\\Example\\Line");
}

SW_PLUGIN_DEFINE(.name = "line", .version = LINE_VERSION,
                 .description = "newline-delimited line protocol (SDK example)",
                 .startup = line_startup, .info = line_info)
