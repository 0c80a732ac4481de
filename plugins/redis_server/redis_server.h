/* redis_server.h — what the files of the redis_server plugin share: the reply types of
 * Server::format() (Swoole's numbers), the class, and the protocol table. */
#ifndef REDIS_SERVER_H
#define REDIS_SERVER_H

#include <swoole/sdk_php.h>

#include "Zend/zend_smart_str.h"

#define REDIS_SERVER_PLUGIN_VERSION "1.0.0"

/* Swoole's values of Server::ERROR .. Server::MAP. */
enum {
    REDIS_REPLY_ERROR = 0,
    REDIS_REPLY_NIL = 1,
    REDIS_REPLY_STATUS = 2,
    REDIS_REPLY_INT = 3,
    REDIS_REPLY_STRING = 4,
    REDIS_REPLY_SET = 5,
    REDIS_REPLY_MAP = 6,
};

extern zend_class_entry *redis_server_ce;
extern const sw_api_proto_t redis_proto;

/* Appends the RESP encoding of (type, value) to out (value NULL: none given); false with
 * a warning when the value does not fit the type (out may hold part of it then). */
bool redis_format(smart_str *out, zend_long type, zval *value);
/* The handler set for a command name (any case), or NULL; server may be any Swoole\Server. */
zval *redis_handler_find(zend_object *server, const char *name, size_t len);
/* If fd of server is the connection whose batch of commands is being answered right now,
 * appends data to that batch's replies (so that they leave in order, together) and
 * returns true. */
bool redis_conn_batch_send(zend_object *server, zend_long fd, const char *data, size_t len);
/* Writes the replies gathered by a batch of server's running now (before a close() or a
 * sendfile(), which would otherwise overtake them). */
void redis_conn_batch_flush(zend_object *server);

#endif
