/* conninfo.c — starting a connection without blocking the loop. libpq's asynchronous
 * connect still resolves host names itself, with a blocking getaddrinfo() inside
 * PQconnectPoll(). So the connection string is parsed here (PQconninfoParse: key=value
 * or postgresql:// URI), every host that is a name is resolved first by
 * Swoole\Coroutine\System::gethostbyname() (on the core's worker pool; this coroutine
 * waits, the others run), and the addresses go to libpq as `hostaddr` next to `host`
 * (which libpq still uses for TLS and .pgpass). Unix socket directories, literal
 * addresses and an explicit hostaddr are left alone. One address per name is used (IPv4
 * first, else IPv6), not every address the name has.
 *
 * Swoole's own separator is accepted too: "host=127.0.0.1;port=5432" (a ';' outside
 * quotes is a space, in a key=value string; never in a URI). */
#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "pgsqlc.h"
#include "zend_smart_str.h"

/* Swoole's ';' separators become spaces, outside single quotes. */
static char *normalise(const char *s, size_t len)
{
    char *out = estrndup(s, len);
    if (strncmp(out, "postgresql://", 13) == 0 || strncmp(out, "postgres://", 11) == 0)
        return out;
    bool quoted = false;
    for (char *p = out; *p; p++) {
        if (*p == '\\' && quoted && p[1]) {
            p++;
            continue;
        }
        if (*p == '\'')
            quoted = !quoted;
        else if (*p == ';' && !quoted)
            *p = ' ';
    }
    return out;
}

static bool is_literal_address(const char *h)
{
    unsigned char buf[sizeof(struct in6_addr)];
    return inet_pton(AF_INET, h, buf) == 1 || inet_pton(AF_INET6, h, buf) == 1;
}

/* Resolves `name` in this coroutine through the core's System::gethostbyname (IPv4, then
 * IPv6); the address (emalloc'd) or NULL. */
static char *resolve(pgsql_t *c, const char *name)
{
    static const zend_long families[] = {AF_INET, AF_INET6};
    char *addr = NULL;
    zval fn, args[3], ret;

    ZVAL_STRING(&fn, "Swoole\\Coroutine\\System::gethostbyname");
    for (size_t i = 0; i < 2 && !addr; i++) {
        double left = -1;
        if (c->deadline) {
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            uint64_t now = (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
            if (now >= c->deadline) {
                c->abort_code = PGSQL_E_TIMEDOUT;
                break;
            }
            left = (double)(c->deadline - now) / 1000.0;
        }
        ZVAL_STRING(&args[0], name);
        ZVAL_LONG(&args[1], families[i]);
        ZVAL_DOUBLE(&args[2], left);
        ZVAL_UNDEF(&ret);
        bool called = sw_api->php->call(&fn, 3, args, &ret);
        zval_ptr_dtor(&args[0]);
        if (sw_api->php->unwinding()) {
            c->abort_code = PGSQL_E_CANCELED;
            zval_ptr_dtor(&ret);
            break;
        }
        if (called && Z_TYPE(ret) == IS_STRING && Z_STRLEN(ret) > 0)
            addr = estrndup(Z_STRVAL(ret), Z_STRLEN(ret));
        else if (sw_api->error_code() == SW_SDK_E_CO_CANCELED)
            c->abort_code = PGSQL_E_CANCELED;   /* Co::cancel() during the lookup */
        zval_ptr_dtor(&ret);
        if (c->abort_code)
            break;
        if (!called || EG(exception))
            break;
    }
    zval_ptr_dtor(&fn);
    return addr;
}

/* hostaddr for a comma-separated host list: "" where libpq needs no lookup; NULL if no
 * host needs one (or on failure, with the error reported and *failed set). */
static char *host_addresses(pgsql_t *c, const char *hosts, bool *failed)
{
    smart_str out = {0};
    bool any = false;
    char *copy = estrdup(hosts);
    const char *h = copy;
    char msg[512];

    *failed = false;
    /* strtok would merge empty entries: walk the commas by hand */
    for (char *p = copy;; p++) {
        if (*p != ',' && *p != '\0')
            continue;
        bool last = *p == '\0';
        *p = '\0';
        if (h != copy)
            smart_str_appendc(&out, ',');
        if (*h && *h != '/' && *h != '@' && !is_literal_address(h)) {
            char *addr = resolve(c, h);
            if (!addr) {
                if (!EG(exception) && !c->abort_code) {
                    snprintf(msg, sizeof msg,
                             "could not translate host name \"%s\" to address", h);
                    pgsql_report_error(c, NULL, PGSQL_E_CONNECT, msg);
                }
                *failed = true;
                break;
            }
            smart_str_appends(&out, addr);
            efree(addr);
            any = true;
        }
        if (last)
            break;
        h = p + 1;
    }
    efree(copy);
    if (*failed || !any) {
        smart_str_free(&out);
        return NULL;
    }
    smart_str_0(&out);
    char *res = estrndup(ZSTR_VAL(out.s), ZSTR_LEN(out.s));
    smart_str_free(&out);
    return res;
}

PGconn *pgsql_start(pgsql_t *c, const char *conninfo, size_t len)
{
    char *info = normalise(conninfo, len), *perr = NULL;
    PQconninfoOption *opts = PQconninfoParse(info, &perr);
    efree(info);

    if (!opts) {
        pgsql_report_error(c, NULL, PGSQL_E_INVALID, perr ? perr : "out of memory");
        PQfreemem(perr);
        return NULL;
    }
    /* the keywords that are set, plus room for hostaddr */
    size_t n = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++)
        n++;
    const char **keys = safe_emalloc(n + 2, sizeof *keys, 0);
    const char **vals = safe_emalloc(n + 2, sizeof *vals, 0);
    const char *host = NULL;
    bool has_hostaddr = false;
    size_t k = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++) {
        if (!o->val)
            continue;
        if (strcmp(o->keyword, "host") == 0)
            host = o->val;
        if (strcmp(o->keyword, "hostaddr") == 0)
            has_hostaddr = true;
        keys[k] = o->keyword;
        vals[k++] = o->val;
    }
    /* libpq would take the host from the environment too */
    const char *env_host = NULL;
    if (!host && !getenv("PGHOSTADDR") && (env_host = getenv("PGHOST")) && *env_host)
        host = env_host;
    else
        env_host = NULL;
    has_hostaddr = has_hostaddr || (getenv("PGHOSTADDR") && *getenv("PGHOSTADDR"));

    char *hostaddr = NULL;
    bool failed = false;
    if (host && !has_hostaddr)
        hostaddr = host_addresses(c, host, &failed);
    PGconn *conn = NULL;
    if (!failed) {
        if (hostaddr) {
            if (env_host) {
                keys[k] = "host";
                vals[k++] = env_host;
            }
            keys[k] = "hostaddr";
            vals[k++] = hostaddr;
        }
        keys[k] = NULL;
        vals[k] = NULL;
        conn = PQconnectStartParams(keys, vals, 0);
        if (!conn)
            pgsql_report_error(c, NULL, PGSQL_E_CONNECT, "out of memory (PQconnectStartParams)");
        else if (PQstatus(conn) == CONNECTION_BAD) {
            pgsql_report_error(c, NULL, PGSQL_E_CONNECT, PQerrorMessage(conn));
            PQfinish(conn);
            conn = NULL;
        }
    }
    if (hostaddr)
        efree(hostaddr);
    efree(keys);
    efree(vals);
    PQconninfoFree(opts);
    return conn;
}
