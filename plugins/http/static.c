/* static.c — the static file handler (enable_static_handler + document_root) and the
 * streaming of file bodies for it and for Response::sendfile().
 *
 * Mapping a request to a file: the path is URL-decoded once, then refused if it could
 * name anything outside document_root — a NUL, a backslash, or a "." / ".." segment
 * (which also catches "%2e%2e" and "..%2f", since decoding comes first) — and the file's
 * realpath() must still be document_root itself or lie under document_root + '/', which
 * refuses symlinks that point outside. A request the handler does not take goes to
 * onRequest, except under an explicit static_handler_locations prefix, where a missing
 * file is answered 404 (Swoole does the same: those paths are the handler's).
 *
 * Sending a file never holds it in memory: the head is queued, then the file is fed in
 * chunks of at most HTTP_FILE_CHUNK while the connection's output queue stays below the
 * core's high watermark (4/5 of buffer_output_size, where the core marks the queue full);
 * once it is reached the core calls the protocol's on_drain when the queue is empty again
 * and feeding resumes (http_send_file_drain). All of that is behind
 * http_send_file_range(), so it can move onto a core sendfile(2) later. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* timegm */
#endif
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "http.h"

#define HTTP_FILE_CHUNK (64 * 1024)
#define HTTP_OUTPUT_DEFAULT (2u * 1024 * 1024)   /* the core's buffer_output_size default */

/* ---- dates --------------------------------------------------------------------------------- */

static const char wdays[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* IMF-fixdate by hand: strftime's %a/%b would follow the locale. */
void http_date_format(time_t t, char *out, size_t cap)
{
    struct tm tm;
    gmtime_r(&t, &tm);
    snprintf(out, cap, "%s, %02d %s %04d %02d:%02d:%02d GMT", wdays[tm.tm_wday % 7],
             tm.tm_mday, months[tm.tm_mon % 12], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
             tm.tm_sec);
}

/* An IMF-fixdate (the only form senders may generate); -1 if it is not one. */
static time_t date_parse(const char *s, size_t n)
{
    char buf[64], wd[4], mon[4];
    struct tm tm = {0};
    int used = 0;
    if (n >= sizeof buf)
        return -1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    if (sscanf(buf, "%3s, %d %3s %d %d:%d:%d GMT%n", wd, &tm.tm_mday, mon, &tm.tm_year,
               &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &used) != 7 || (size_t)used != n)
        return -1;
    tm.tm_mon = -1;
    for (int i = 0; i < 12; i++)
        if (strcmp(mon, months[i]) == 0)
            tm.tm_mon = i;
    if (tm.tm_mon < 0 || tm.tm_year < 1970 || tm.tm_mday < 1 || tm.tm_mday > 31)
        return -1;
    tm.tm_year -= 1900;
    return timegm(&tm);
}

/* ---- Range ---------------------------------------------------------------------------------- */

/* Digits at *p (at most 18, so no overflow); false if none. */
static bool parse_u64(const char **p, const char *end, uint64_t *out)
{
    const char *s = *p;
    uint64_t v = 0;
    while (s < end && *s >= '0' && *s <= '9' && s - *p < 18)
        v = v * 10 + (uint64_t)(*s++ - '0');
    if (s == *p || (s < end && *s >= '0' && *s <= '9'))
        return false;
    *p = s;
    *out = v;
    return true;
}

int http_range_parse(const char *spec, size_t spec_len, uint64_t size, uint64_t *off,
                     uint64_t *len)
{
    const char *p = spec, *end = spec + spec_len;
    uint64_t a, b;
    bool has_b;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
    if (end - p < 6 || strncasecmp(p, "bytes=", 6) != 0 || memchr(p, ',', (size_t)(end - p)))
        return 200;   /* another unit, or several ranges: the whole file */
    p += 6;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p < end && *p == '-') {   /* the last n bytes */
        p++;
        if (!parse_u64(&p, end, &b) || p != end)
            return 200;
        if (b == 0 || size == 0)
            return 416;
        *len = b < size ? b : size;
        *off = size - *len;
        return 206;
    }
    if (!parse_u64(&p, end, &a) || p == end || *p++ != '-')
        return 200;
    has_b = p < end;
    if (has_b && (!parse_u64(&p, end, &b) || p != end))
        return 200;
    if (has_b && b < a)
        return 200;   /* invalid: ignored (RFC 9110 §14.1.1) */
    if (a >= size)
        return 416;
    if (!has_b || b >= size)
        b = size - 1;
    *off = a;
    *len = b - a + 1;
    return 206;
}

/* ---- streaming a file ----------------------------------------------------------------------- */

struct http_file_send {
    zend_string *head;   /* still to send first, from head_off; NULL when sent */
    size_t head_off;
    int fd;              /* -1: no file part */
    uint64_t off, left;
    bool close_after;
    bool pumping;        /* pump() is on the stack: abort must leave the freeing to it */
    bool gone;           /* the connection went away while pumping */
};

static void fs_free(http_file_send_t *fs)
{
    if (fs->head)
        zend_string_release(fs->head);
    if (fs->fd >= 0)
        close(fs->fd);
    efree(fs);
}

void http_send_file_abort(http_conn_t *hc)
{
    http_file_send_t *fs = hc->fsend;
    if (!fs)
        return;
    hc->fsend = NULL;
    if (fs->pumping)
        fs->gone = true;
    else
        fs_free(fs);
}

static size_t out_limit(sw_api_conn_t *c)
{
    zval *v = sw_api->php->conn_setting(c, "buffer_output_size");
    zend_long n = v ? zval_get_long(v) : 0;
    return n > 0 ? (size_t)n : HTTP_OUTPUT_DEFAULT;
}

/* The next piece to send into buf (at most room bytes): its length, 0 when everything
 * was sent, < 0 on a read error. *data points at it. */
static long next_piece(http_file_send_t *fs, size_t room, const char **data)
{
    static char chunk[HTTP_FILE_CHUNK];
    if (fs->head) {
        size_t n = ZSTR_LEN(fs->head) - fs->head_off;
        *data = ZSTR_VAL(fs->head) + fs->head_off;
        return (long)(n < room ? n : room);
    }
    if (!fs->left)
        return 0;
    size_t want = sizeof chunk < room ? sizeof chunk : room;
    if (want > fs->left)
        want = (size_t)fs->left;
    ssize_t n;
    do
        n = pread(fs->fd, chunk, want, (off_t)fs->off);
    while (n < 0 && errno == EINTR);
    if (n <= 0) {   /* the file shrank or cannot be read: the length sent is a lie now */
        sw_api->log(SW_SDK_LOG_WARNING, "http: reading a file to send failed: %s",
                    n < 0 ? strerror(errno) : "unexpected end of file");
        return -1;
    }
    *data = chunk;
    return (long)n;
}

static void advance(http_file_send_t *fs, size_t n)
{
    if (fs->head) {
        fs->head_off += n;
        if (fs->head_off == ZSTR_LEN(fs->head)) {
            zend_string_release(fs->head);
            fs->head = NULL;
        }
    } else {
        fs->off += n;
        fs->left -= n;
    }
}

/* Feeds the queue up to the high watermark; finishes the response once all is queued.
 * hc may be freed by the time it returns (a failed send closes the connection). */
static void pump(http_conn_t *hc)
{
    http_file_send_t *fs = hc->fsend;
    sw_api_conn_t *c = hc->conn;
    size_t limit = out_limit(c), high = limit / 5 * 4;
    fs->pumping = true;
    for (;;) {
        size_t pend = sw_api->conn_pending(c);
        if (pend && pend >= high) {
            /* the core has marked the queue full: on_drain comes when it is empty */
            fs->pumping = false;
            return;
        }
        const char *data = NULL;
        long n = next_piece(fs, limit - pend, &data);
        if (n == 0)
            break;
        if (n < 0 || sw_api->conn_send(c, data, (size_t)n) < 0) {
            if (!fs->gone)   /* still open (read error): reset, the length cannot be met */
                sw_api->conn_close(c, true);
            fs_free(fs);     /* on_close ran: hc is detached from fs, maybe freed */
            return;
        }
        if (fs->gone) {
            fs_free(fs);
            return;
        }
        advance(fs, (size_t)n);
    }
    bool close_after = fs->close_after;
    hc->fsend = NULL;
    fs->pumping = false;
    fs_free(fs);
    http_conn_response_done(hc, close_after);
}

void http_send_file_range(http_conn_t *hc, zend_string *head, int fd, uint64_t off,
                          uint64_t len, bool close_after)
{
    if (!hc->conn || hc->fsend) {   /* cannot happen: one response at a time */
        if (head)
            zend_string_release(head);
        if (fd >= 0)
            close(fd);
        return;
    }
    http_file_send_t *fs = emalloc(sizeof *fs);
    *fs = (http_file_send_t){.head = head, .fd = len ? fd : -1, .off = off, .left = len,
                             .close_after = close_after};
    if (!len && fd >= 0)
        close(fd);
    if (head && !ZSTR_LEN(head)) {
        zend_string_release(head);
        fs->head = NULL;
    }
    hc->busy = true;
    hc->fsend = fs;
    pump(hc);
}

void http_send_file_drain(sw_api_conn_t *c)
{
    http_conn_t *hc = sw_api->conn_data(c);
    if (hc && hc->fsend && !hc->fsend->pumping)
        pump(hc);
}

/* ---- heads of the handler's responses ------------------------------------------------------- */

static bool keep_alive(const http_conn_t *hc)
{
    return hc->req.keep_alive && hc->cfg->keepalive;
}

static void head_start(smart_str *out, const http_conn_t *hc, int status)
{
    smart_str_appendl(out, "HTTP/1.1 ", 9);
    smart_str_append_long(out, status);
    smart_str_appendc(out, ' ');
    smart_str_appends(out, http_status_reason(status));
    smart_str_appends(out, "\r\nServer: " HTTP_SERVER_NAME "\r\nDate: ");
    smart_str_appends(out, http_date_now());
    smart_str_appends(out, keep_alive(hc) ? "\r\nConnection: keep-alive\r\n"
                                          : "\r\nConnection: close\r\n");
}

static void head_field(smart_str *out, const char *name, const char *value)
{
    smart_str_appends(out, name);
    smart_str_appendl(out, ": ", 2);
    smart_str_appends(out, value);
    smart_str_appendl(out, "\r\n", 2);
}

static void head_length(smart_str *out, uint64_t len)
{
    smart_str_appendl(out, "Content-Length: ", 16);
    smart_str_append_unsigned(out, (zend_ulong)len);
    smart_str_appendl(out, "\r\n", 2);
}

/* A complete small response: head and (unless HEAD) body. */
static void reply_body(http_conn_t *hc, int status, const char *type, const char *body,
                       size_t len)
{
    smart_str out = {0};
    head_start(&out, hc, status);
    head_field(&out, "Content-Type", type);
    head_length(&out, len);
    smart_str_appendl(&out, "\r\n", 2);
    if (hc->req.method_id != HTTP_M_HEAD)
        smart_str_appendl(&out, body, len);
    smart_str_0(&out);
    http_send_file_range(hc, out.s, -1, 0, 0, !keep_alive(hc));
}

/* ---- mapping the path ----------------------------------------------------------------------- */

/* The request path, decoded into out (NUL-terminated); false if it may not name a file. */
static bool path_decode(const http_conn_t *hc, const char *buf, char *out, size_t cap,
                        size_t *out_len)
{
    size_t n = hc->req.path.len;
    if (n == 0 || n >= cap || buf[hc->req.path.off] != '/')
        return false;   /* absolute-form, "*", or too long */
    memcpy(out, buf + hc->req.path.off, n);
    n = http_urldecode(out, n, 0);
    out[n] = '\0';
    if (memchr(out, '\0', n) || memchr(out, '\\', n))
        return false;
    for (size_t i = 0; i < n;) {   /* every segment between slashes */
        size_t j = i + 1;
        while (j < n && out[j] != '/')
            j++;
        size_t seg = j - i - 1;
        if ((seg == 1 && out[i + 1] == '.') || (seg == 2 && out[i + 1] == '.' && out[i + 2] == '.'))
            return false;
        i = j;
    }
    *out_len = n;
    return true;
}

/* Whether path lies under one of static_handler_locations (all paths without them). */
static bool located(const http_cfg_t *cfg, const char *path, size_t len)
{
    zval *v;
    if (!cfg->static_locations)
        return true;
    ZEND_HASH_FOREACH_VAL(cfg->static_locations, v) {
        if (Z_TYPE_P(v) != IS_STRING || !Z_STRLEN_P(v))
            continue;
        size_t n = Z_STRLEN_P(v);
        const char *loc = Z_STRVAL_P(v);
        if (loc[n - 1] == '/')
            n--;   /* "/static/" is "/static" */
        if (len >= n && memcmp(path, loc, n) == 0 && (len == n || path[n] == '/'))
            return true;
    } ZEND_HASH_FOREACH_END();
    return false;
}

/* realpath(path) into real if it is document_root or under it. */
static bool resolve(const http_cfg_t *cfg, const char *path, char *real)
{
    const char *root = ZSTR_VAL(cfg->document_root);
    size_t rlen = ZSTR_LEN(cfg->document_root);
    if (!realpath(path, real))
        return false;
    if (rlen == 1)   /* document_root is "/" */
        return true;
    return strncmp(real, root, rlen) == 0 && (real[rlen] == '\0' || real[rlen] == '/');
}

/* The first http_index_files entry of dir that is a regular file inside the root. */
static bool find_index(const http_cfg_t *cfg, const char *dir, char *real)
{
    zval *v;
    if (!cfg->index_files)
        return false;
    ZEND_HASH_FOREACH_VAL(cfg->index_files, v) {
        char path[PATH_MAX];
        struct stat st;
        if (Z_TYPE_P(v) != IS_STRING || !Z_STRLEN_P(v) || strchr(Z_STRVAL_P(v), '/'))
            continue;
        if (snprintf(path, sizeof path, "%s/%s", dir, Z_STRVAL_P(v)) >= (int)sizeof path)
            continue;
        if (resolve(cfg, path, real) && stat(real, &st) == 0 && S_ISREG(st.st_mode))
            return true;
    } ZEND_HASH_FOREACH_END();
    return false;
}

/* ---- the answers ---------------------------------------------------------------------------- */

static const http_header_t *header(const http_conn_t *hc, const char *buf, const char *name)
{
    return http_header_find(&hc->req, buf, name);
}

/* If-None-Match lists etag (or is "*"); weak comparison, as for GET. */
static bool etag_matches(const char *list, size_t n, const char *etag)
{
    size_t elen = strlen(etag);
    const char *p = list, *end = list + n;
    while (p < end) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == ','))
            p++;
        const char *s = p;
        while (p < end && *p != ',')
            p++;
        const char *e = p;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
            e--;
        if (e - s == 1 && *s == '*')
            return true;
        if (e - s > 2 && s[0] == 'W' && s[1] == '/')
            s += 2;
        if ((size_t)(e - s) == elen && memcmp(s, etag, elen) == 0)
            return true;
    }
    return false;
}

static bool not_modified(const http_conn_t *hc, const char *buf, const char *etag,
                         time_t mtime)
{
    const http_header_t *h = header(hc, buf, "if-none-match");
    if (h)
        return etag_matches(buf + h->value.off, h->value.len, etag);
    h = header(hc, buf, "if-modified-since");
    if (h) {
        time_t since = date_parse(buf + h->value.off, h->value.len);
        return since >= 0 && mtime <= since;
    }
    return false;
}

/* Range applies unless If-Range names another version. */
static int range_status(const http_conn_t *hc, const char *buf, const char *etag,
                        const char *lastmod, uint64_t size, uint64_t *off, uint64_t *len)
{
    const http_header_t *h = header(hc, buf, "range");
    if (!h)
        return 200;
    const http_header_t *ir = header(hc, buf, "if-range");
    if (ir) {
        const char *v = buf + ir->value.off;
        size_t n = ir->value.len;
        if (!((n == strlen(etag) && memcmp(v, etag, n) == 0) ||
              (n == strlen(lastmod) && memcmp(v, lastmod, n) == 0)))
            return 200;
    }
    return http_range_parse(buf + h->value.off, h->value.len, size, off, len);
}

static void serve_file(http_conn_t *hc, const char *buf, const char *real, int fd,
                       const struct stat *st)
{
    char etag[64], lastmod[40], crange[96];
    uint64_t size = (uint64_t)st->st_size, off = 0, len = size;
    smart_str out = {0};
    bool head_only = hc->req.method_id == HTTP_M_HEAD;

    snprintf(etag, sizeof etag, "\"%llx-%llx\"", (unsigned long long)st->st_mtime,
             (unsigned long long)size);
    http_date_format(st->st_mtime, lastmod, sizeof lastmod);
    if (not_modified(hc, buf, etag, st->st_mtime)) {
        head_start(&out, hc, 304);
        head_field(&out, "Last-Modified", lastmod);
        head_field(&out, "ETag", etag);
        smart_str_appendl(&out, "\r\n", 2);
        smart_str_0(&out);
        close(fd);
        http_send_file_range(hc, out.s, -1, 0, 0, !keep_alive(hc));
        return;
    }
    int status = range_status(hc, buf, etag, lastmod, size, &off, &len);
    head_start(&out, hc, status);
    head_field(&out, "Accept-Ranges", "bytes");
    if (status == 416) {
        snprintf(crange, sizeof crange, "bytes */%llu", (unsigned long long)size);
        head_field(&out, "Content-Range", crange);
        head_field(&out, "Content-Type", "text/plain");
        head_length(&out, 0);
        smart_str_appendl(&out, "\r\n", 2);
        smart_str_0(&out);
        close(fd);
        http_send_file_range(hc, out.s, -1, 0, 0, !keep_alive(hc));
        return;
    }
    if (status == 206) {
        snprintf(crange, sizeof crange, "bytes %llu-%llu/%llu", (unsigned long long)off,
                 (unsigned long long)(off + len - 1), (unsigned long long)size);
        head_field(&out, "Content-Range", crange);
    } else {
        off = 0;
        len = size;
    }
    head_field(&out, "Content-Type", http_mime_type(real, strlen(real)));
    head_field(&out, "Last-Modified", lastmod);
    head_field(&out, "ETag", etag);
    head_length(&out, len);
    smart_str_appendl(&out, "\r\n", 2);
    smart_str_0(&out);
    http_send_file_range(hc, out.s, fd, off, head_only ? 0 : len, !keep_alive(hc));
}

/* s as HTML text. */
static void append_html(smart_str *out, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': smart_str_appendl(out, "&lt;", 4); break;
        case '>': smart_str_appendl(out, "&gt;", 4); break;
        case '&': smart_str_appendl(out, "&amp;", 5); break;
        case '"': smart_str_appendl(out, "&quot;", 6); break;
        case '\'': smart_str_appendl(out, "&#39;", 5); break;
        default: smart_str_appendc(out, *s);
        }
    }
}

/* s percent-encoded but for unreserved characters and '/': safe in an href as is. */
static void append_url(smart_str *out, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
            strchr("-._~/", ch)) {
            smart_str_appendc(out, (char)ch);
        } else {
            smart_str_appendc(out, '%');
            smart_str_appendc(out, hex[ch >> 4]);
            smart_str_appendc(out, hex[ch & 15]);
        }
    }
}

/* http_autoindex: an HTML list of the directory, names sorted. */
static void serve_listing(http_conn_t *hc, const char *dir, const char *path, size_t plen)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    if (n < 0) {
        reply_body(hc, 403, "text/plain", "Forbidden\n", 10);
        return;
    }
    smart_str out = {0};
    smart_str_appends(&out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Index of ");
    append_html(&out, path);
    smart_str_appends(&out, "</title></head>\n<body><h1>Index of ");
    append_html(&out, path);
    smart_str_appends(&out, "</h1>\n<ul>\n");
    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        struct stat st;
        char full[PATH_MAX];
        bool skip = strcmp(name, ".") == 0 || (strcmp(name, "..") == 0 && strcmp(path, "/") == 0);
        if (!skip && snprintf(full, sizeof full, "%s/%s", dir, name) < (int)sizeof full) {
            bool is_dir = stat(full, &st) == 0 && S_ISDIR(st.st_mode);
            smart_str_appends(&out, "<li><a href=\"");
            append_url(&out, path);
            if (plen && path[plen - 1] != '/')
                smart_str_appendc(&out, '/');
            append_url(&out, name);
            if (is_dir)
                smart_str_appendc(&out, '/');
            smart_str_appends(&out, "\">");
            append_html(&out, name);
            if (is_dir)
                smart_str_appendc(&out, '/');
            smart_str_appends(&out, "</a></li>\n");
        }
        free(names[i]);
    }
    free(names);
    smart_str_appends(&out, "</ul>\n</body></html>\n");
    smart_str_0(&out);
    reply_body(hc, 200, "text/html; charset=utf-8", ZSTR_VAL(out.s), ZSTR_LEN(out.s));
    smart_str_free(&out);
}

/* The parser noted the first Range header: no walk over the headers. */
static void note_range(http_conn_t *hc, const char *buf)
{
    const http_request_t *req = &hc->req;
    hc->range[0] = '\0';
    if (req->has_range && req->range.len < sizeof hc->range) {
        memcpy(hc->range, buf + req->range.off, req->range.len);
        hc->range[req->range.len] = '\0';
    }
}

/* The file lookup, out of line: its 12 KiB of path buffers are no cost to the requests
 * the handler does not look at. */
static __attribute__((noinline)) bool static_serve(http_conn_t *hc, const char *buf)
{
    const http_cfg_t *cfg = hc->cfg;
    char path[PATH_MAX], full[PATH_MAX], real[PATH_MAX];
    size_t plen;
    struct stat st;

    if (!path_decode(hc, buf, path, sizeof path, &plen) || !located(cfg, path, plen)) {
        /* a path that may not name a file under an explicit location is the handler's */
        if (cfg->static_locations && hc->req.path.len &&
            located(cfg, buf + hc->req.path.off, hc->req.path.len))
            goto not_found;
        return false;
    }
    if (snprintf(full, sizeof full, "%s%s", ZSTR_VAL(cfg->document_root), path) >=
            (int)sizeof full ||
        !resolve(cfg, full, real) || stat(real, &st) < 0)
        goto miss;
    if (S_ISDIR(st.st_mode)) {
        char dir[PATH_MAX];
        memcpy(dir, real, strlen(real) + 1);
        if (find_index(cfg, dir, real)) {
            if (stat(real, &st) < 0)
                goto miss;
        } else if (cfg->autoindex) {
            serve_listing(hc, dir, path, plen);
            return true;
        } else {
            goto miss;
        }
    }
    if (!S_ISREG(st.st_mode))
        goto miss;
    int fd = open(real, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        goto miss;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        goto miss;
    }
    serve_file(hc, buf, real, fd, &st);
    return true;
miss:
    if (!cfg->static_locations)
        return false;
not_found:
    reply_body(hc, 404, "text/plain", "Not Found\n", 10);
    return true;
}

bool http_static_serve(http_conn_t *hc, const char *buf)
{
    const http_cfg_t *cfg = hc->cfg;
    note_range(hc, buf);
    if (!cfg->static_handler || !cfg->document_root ||
        (hc->req.method_id != HTTP_M_GET && hc->req.method_id != HTTP_M_HEAD))
        return false;
    return static_serve(hc, buf);
}
