/* conninfo.c — starting a connection without blocking the loop. libpq's asynchronous
 * connect still resolves host names itself, with a blocking getaddrinfo() inside
 * PQconnectPoll(). So the connection string is parsed here (PQconninfoParse: key=value
 * or postgresql:// URI), every host that is a name is resolved first by
 * Swoole\Coroutine\System::gethostbyname() (on the core's worker pool; this coroutine
 * waits, the others run), and the addresses go to libpq as `hostaddr` next to `host`
 * (which libpq still uses for TLS and .pgpass). Unix socket directories, literal
 * addresses and an explicit hostaddr are left alone. One address per name is used (IPv4
 * first, else IPv6), not every address the name has; in a list of hosts, one whose name
 * does not resolve is left out (libpq would try the next host too).
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
        /* libpq reads a backslash as an escape in quoted and unquoted values alike: an
         * escaped quote (password=it\'s) opens no quotes, an escaped ';' stays one */
        if (*p == '\\' && p[1]) {
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

/* What libpq gets instead of the user's host list: the hosts whose names resolved (an
 * unresolvable one is left out, as libpq itself would go on to the next host), their
 * addresses as hostaddr ("" where libpq needs no lookup), and the port list cut the same
 * way when it has one port per host. */
typedef struct addrs {
    smart_str host, hostaddr, port;
    bool port_cut;
    bool names;                /* some host was a name: else libpq gets the list as it was */
} addrs_t;

/* Cuts s in place at commas (empty entries kept); n entries in an emalloc'd array. */
static char **split(char *s, int *n)
{
    int cnt = 1;
    for (char *p = s; *p; p++)
        cnt += *p == ',';
    char **v = safe_emalloc((size_t)cnt, sizeof *v, 0);
    *n = 0;
    v[(*n)++] = s;
    for (char *p = s; *p; p++)
        if (*p == ',') {
            *p = '\0';
            v[(*n)++] = p + 1;
        }
    return v;
}

/* false (error reported, or the lookup was cut) if no host is left */
static bool resolve_hosts(pgsql_t *c, const char *hosts, const char *ports, addrs_t *out)
{
    char *hc = estrdup(hosts), *pc = ports ? estrdup(ports) : NULL;
    int nh, np = 0, kept = 0;
    char **h = split(hc, &nh), **p = pc ? split(pc, &np) : NULL;
    const char *failed = NULL;
    bool ok = true;

    memset(out, 0, sizeof *out);
    out->port_cut = np > 1 && np == nh;
    for (int i = 0; i < nh; i++) {
        char *addr = NULL;
        if (*h[i] && *h[i] != '/' && *h[i] != '@' && !is_literal_address(h[i])) {
            out->names = true;
            addr = resolve(c, h[i]);
            if (c->abort_code || EG(exception)) {
                if (addr)
                    efree(addr);
                ok = false;
                break;
            }
            if (!addr) {
                if (!failed)
                    failed = h[i];
                continue;
            }
        }
        if (kept++) {
            smart_str_appendc(&out->host, ',');
            smart_str_appendc(&out->hostaddr, ',');
            if (out->port_cut)
                smart_str_appendc(&out->port, ',');
        }
        smart_str_appends(&out->host, h[i]);
        smart_str_appends(&out->hostaddr, addr ? addr : "");
        if (out->port_cut)
            smart_str_appends(&out->port, p[i]);
        if (addr)
            efree(addr);
    }
    if (ok && !kept) {
        char msg[512];
        snprintf(msg, sizeof msg, "could not translate host name \"%s\" to address",
                 failed ? failed : hosts);
        pgsql_report_error(c, NULL, PGSQL_E_CONNECT, msg);
        ok = false;
    }
    smart_str_0(&out->host);
    smart_str_0(&out->hostaddr);
    smart_str_0(&out->port);
    efree(h);
    efree(hc);
    if (p)
        efree(p);
    if (pc)
        efree(pc);
    return ok;
}

static void addrs_free(addrs_t *a)
{
    smart_str_free(&a->host);
    smart_str_free(&a->hostaddr);
    smart_str_free(&a->port);
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
    const char *host = NULL, *port = NULL;
    bool has_hostaddr = false;
    size_t n = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++) {
        n++;
        if (!o->val)
            continue;
        if (strcmp(o->keyword, "host") == 0)
            host = o->val;
        else if (strcmp(o->keyword, "port") == 0)
            port = o->val;
        else if (strcmp(o->keyword, "hostaddr") == 0)
            has_hostaddr = true;
    }
    /* libpq takes what is missing from the environment: so do we */
    const char *env;
    if (!has_hostaddr && (env = getenv("PGHOSTADDR")) && *env)
        has_hostaddr = true;
    if (!host && (env = getenv("PGHOST")) && *env)
        host = env;
    if (!port && (env = getenv("PGPORT")) && *env)
        port = env;

    addrs_t a;
    bool resolved = false;
    PGconn *conn = NULL;
    if (host && !has_hostaddr) {
        if (!resolve_hosts(c, host, port, &a)) {
            addrs_free(&a);
            PQconninfoFree(opts);
            return NULL;
        }
        resolved = a.names;
        if (!resolved)
            addrs_free(&a);
    }
    /* the options that are set, ours instead of host/port, and hostaddr */
    const char **keys = safe_emalloc(n + 4, sizeof *keys, 0);
    const char **vals = safe_emalloc(n + 4, sizeof *vals, 0);
    size_t k = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++) {
        if (!o->val)
            continue;
        if (resolved && (strcmp(o->keyword, "host") == 0
                         || (a.port_cut && strcmp(o->keyword, "port") == 0)))
            continue;
        keys[k] = o->keyword;
        vals[k++] = o->val;
    }
    if (resolved) {
        keys[k] = "host";
        vals[k++] = ZSTR_VAL(a.host.s);
        keys[k] = "hostaddr";
        vals[k++] = ZSTR_VAL(a.hostaddr.s);
        if (a.port_cut) {
            keys[k] = "port";
            vals[k++] = ZSTR_VAL(a.port.s);
        }
    }
    keys[k] = NULL;
    vals[k] = NULL;
    conn = PQconnectStartParams(keys, vals, 0);
    if (!conn) {
        pgsql_report_error(c, NULL, PGSQL_E_CONNECT, "out of memory (PQconnectStartParams)");
    } else if (PQstatus(conn) == CONNECTION_BAD) {
        pgsql_report_error(c, NULL, PGSQL_E_CONNECT, PQerrorMessage(conn));
        PQfinish(conn);
        conn = NULL;
    }
    if (resolved)
        addrs_free(&a);
    efree(keys);
    efree(vals);
    PQconninfoFree(opts);
    return conn;
}
