/* body.c — request bodies of the http plugin that are parsed as they arrive:
 * multipart/form-data (http_parse_post, default on). Fields go to $request->post (PHP's
 * bracket syntax, through php_register_variable_ex like $_POST), file parts are written
 * to temporary files in upload_tmp_dir (swoole.upfile.XXXXXX) while the body streams in,
 * and described in $request->files in PHP's $_FILES shape (name, type, tmp_name, error,
 * size; "f[a][]" names give the transposed shape of $_FILES).
 *
 * Life of the state (http_body_t, hc->body): made by http_body_begin() right after the
 * head was parsed, fed with body bytes (http_body_feed(), any split), closed by
 * http_body_finish(); http_request_make() moves its arrays and temp files into the
 * Request (http_body_attach()) and the state is freed (http_body_free()). A body that
 * fails (malformed, connection gone) is freed with its temp files removed. The Request
 * owns its temp files: they are removed when it is destroyed (http_uploads_release()),
 * unless the handler moved them away (move_uploaded_file() or rename()).
 *
 * Decisions (documented for users):
 *   - the raw body of a parsed multipart request is not kept (getContent()/rawContent()
 *     return false), like php://input under PHP's own multipart handling: keeping it
 *     would defeat streaming uploads to disk. With http_parse_post off the body is not
 *     parsed and is kept for getContent();
 *   - http_parse_files off: file parts are skipped (no temp file, nothing in files);
 *   - a file larger than upload_max_filesize (> 0) gets error UPLOAD_ERR_INI_SIZE, size
 *     0, tmp_name "" and its data is discarded (PHP's behaviour); the request goes on.
 *     package_max_length bounds the whole body (413 from the head's Content-Length);
 *   - the temp files are registered as uploaded files (SG(rfc1867_uploaded_files)) so
 *     is_uploaded_file() and move_uploaded_file() accept them. */
#include <fcntl.h>
#include <unistd.h>

#include "http.h"
#include "main/php_variables.h"
#include "SAPI.h"

#define UPLOAD_ERR_OK_ 0
#define UPLOAD_ERR_INI_SIZE_ 1
#define UPLOAD_ERR_NO_FILE_ 4
#define UPLOAD_ERR_NO_TMP_DIR_ 6
#define UPLOAD_ERR_CANT_WRITE_ 7

struct http_body {
    http_multipart_t mp;
    const http_cfg_t *cfg;
    zend_string *head;        /* copy of the head when the body streams, else NULL */
    zval post, files, tmpfiles;
    HashTable *uploads;       /* temp files not yet handed to a Request */
    /* the current part */
    zend_string *name;        /* NUL-terminated field name */
    bool in_file, skip;
    smart_str value;          /* a field's value */
    zend_string *filename, *type, *tmp;
    int fd;
    uint64_t size;
    int error;                /* UPLOAD_ERR_* of the current file */
};

/* ---- temp files ------------------------------------------------------------------------ */

static void uploads_dtor(zval *zv)
{
    zend_string_release(Z_STR_P(zv));
}

/* Registers path with PHP's list of uploaded files (is_uploaded_file,
 * move_uploaded_file). */
static void sapi_register_upload(zend_string *path)
{
    if (!SG(rfc1867_uploaded_files)) {
        ALLOC_HASHTABLE(SG(rfc1867_uploaded_files));
        zend_hash_init(SG(rfc1867_uploaded_files), 8, NULL, uploads_dtor, 0);
    }
    zval zv;
    ZVAL_STR_COPY(&zv, path);
    if (!zend_hash_add(SG(rfc1867_uploaded_files), path, &zv))
        zend_string_release(path);
}

/* Removes the temp files listed in uploads (those the handler did not move) and forgets
 * them; frees the table. */
void http_uploads_release(HashTable *uploads)
{
    zend_string *path;
    if (!uploads)
        return;
    ZEND_HASH_FOREACH_STR_KEY(uploads, path) {
        HashTable *reg = SG(rfc1867_uploaded_files);
        /* move_uploaded_file() took it out of the SAPI list: the file is the user's now */
        if (reg && !zend_hash_exists(reg, path))
            continue;
        VCWD_UNLINK(ZSTR_VAL(path));
        if (reg)
            zend_hash_del(reg, path);
    } ZEND_HASH_FOREACH_END();
    zend_array_destroy(uploads);
}

/* ---- parts ------------------------------------------------------------------------------ */

static zend_string *basename_of(const char *s, size_t n)
{
    size_t i = n;
    while (i > 0 && s[i - 1] != '/' && s[i - 1] != '\\')
        i--;
    return zend_string_init(s + i, n - i, 0);
}

static void file_open(http_body_t *b)
{
    const char *dir = b->cfg->upload_tmp_dir ? ZSTR_VAL(b->cfg->upload_tmp_dir) : "/tmp";
    zend_string *tmp = zend_strpprintf(0, "%s/swoole.upfile.XXXXXX", dir);
    int fd = mkstemp(ZSTR_VAL(tmp));
    if (fd < 0) {
        php_error_docref(NULL, E_WARNING, "upload_tmp_dir %s: %s", dir, strerror(errno));
        zend_string_release(tmp);
        b->error = UPLOAD_ERR_NO_TMP_DIR_;
        return;
    }
    b->fd = fd;
    b->tmp = tmp;
    zval zv;
    ZVAL_NULL(&zv);
    zend_hash_add(b->uploads, tmp, &zv);   /* removed with the body if it fails */
}

/* Drops the current file's data (too large, write error). */
static void file_discard(http_body_t *b, int error)
{
    b->error = error;
    if (b->fd >= 0) {
        close(b->fd);
        b->fd = -1;
    }
    if (b->tmp) {
        VCWD_UNLINK(ZSTR_VAL(b->tmp));
        zend_hash_del(b->uploads, b->tmp);
        zend_string_release(b->tmp);
        b->tmp = NULL;
    }
    b->size = 0;
}

static int on_part_begin(void *ud, const http_multipart_part_t *part)
{
    http_body_t *b = ud;
    b->name = zend_string_init(part->name, part->name_len, 0);
    b->in_file = part->filename != NULL;
    b->skip = b->in_file && !b->cfg->parse_files;
    b->size = 0;
    b->error = UPLOAD_ERR_OK_;
    b->fd = -1;
    if (!b->in_file || b->skip)
        return 0;
    b->filename = basename_of(part->filename, part->filename_len);
    b->type = part->content_type
                  ? zend_string_init(part->content_type, part->content_type_len, 0)
                  : ZSTR_EMPTY_ALLOC();
    if (part->filename_len == 0)   /* a file input left empty */
        b->error = UPLOAD_ERR_NO_FILE_;
    else
        file_open(b);
    return 0;
}

static void file_write(http_body_t *b, const char *data, size_t len)
{
    zend_long max = b->cfg->upload_max_filesize;
    if (max > 0 && b->size + len > (uint64_t)max) {
        file_discard(b, UPLOAD_ERR_INI_SIZE_);
        return;
    }
    while (len) {
        ssize_t n = write(b->fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            php_error_docref(NULL, E_WARNING, "writing %s: %s", ZSTR_VAL(b->tmp),
                             strerror(errno));
            file_discard(b, UPLOAD_ERR_CANT_WRITE_);
            return;
        }
        data += n;
        len -= (size_t)n;
        b->size += (uint64_t)n;
    }
}

static int on_part_data(void *ud, const char *data, size_t len)
{
    http_body_t *b = ud;
    if (b->skip)
        return 0;
    if (!b->in_file)
        smart_str_appendl(&b->value, data, len);
    else if (b->fd >= 0)
        file_write(b, data, len);
    return 0;
}

/* Registers "base[key]rest" = val into arr, where name is "base" or "base[rest...": the
 * way PHP transposes $_FILES for names with brackets. */
static void register_file_key(zval *arr, zend_string *name, const char *key, zval *val)
{
    const char *s = ZSTR_VAL(name), *br = strchr(s, '[');
    size_t base = br ? (size_t)(br - s) : strlen(s);
    zend_string *var = zend_strpprintf(0, "%.*s[%s]%s", (int)base, s, key, br ? br : "");
    php_register_variable_ex(ZSTR_VAL(var), val, arr);
    zend_string_release(var);
}

static void file_end(http_body_t *b)
{
    zval v;
    if (b->fd >= 0) {
        close(b->fd);
        b->fd = -1;
    }
    ZVAL_STR_COPY(&v, b->filename);
    register_file_key(&b->files, b->name, "name", &v);
    ZVAL_STR_COPY(&v, b->type);
    register_file_key(&b->files, b->name, "type", &v);
    if (b->tmp) {
        ZVAL_STR_COPY(&v, b->tmp);
        add_next_index_str(&b->tmpfiles, zend_string_copy(b->tmp));
    } else {
        ZVAL_EMPTY_STRING(&v);
    }
    register_file_key(&b->files, b->name, "tmp_name", &v);
    ZVAL_LONG(&v, b->error);
    register_file_key(&b->files, b->name, "error", &v);
    ZVAL_LONG(&v, (zend_long)b->size);
    register_file_key(&b->files, b->name, "size", &v);
}

static void part_clear(http_body_t *b)
{
    if (b->fd >= 0) {
        close(b->fd);
        b->fd = -1;
    }
    if (b->name)
        zend_string_release(b->name);
    if (b->filename)
        zend_string_release(b->filename);
    if (b->type)
        zend_string_release(b->type);
    if (b->tmp)
        zend_string_release(b->tmp);
    b->name = b->filename = b->type = b->tmp = NULL;
    smart_str_free(&b->value);
}

static int on_part_end(void *ud)
{
    http_body_t *b = ud;
    if (!b->in_file) {
        zval v;
        smart_str_0(&b->value);
        if (b->value.s) {
            ZVAL_STR(&v, b->value.s);
            b->value.s = NULL;
        } else {
            ZVAL_EMPTY_STRING(&v);
        }
        php_register_variable_ex(ZSTR_VAL(b->name), &v, &b->post);
    } else if (!b->skip) {
        file_end(b);
    }
    part_clear(b);
    return 0;
}

static const http_multipart_cb_t body_cb = {on_part_begin, on_part_data, on_part_end};

/* ---- the body state ---------------------------------------------------------------------- */

static bool is_multipart(const http_request_t *req, const char *buf)
{
    static const char type[] = "multipart/form-data";
    size_t n = sizeof type - 1;
    http_span_t ct = req->content_type;
    if (!req->has_content_type || ct.len < n || strncasecmp(buf + ct.off, type, n) != 0)
        return false;
    char c = ct.len == n ? ';' : buf[ct.off + n];
    return c == ';' || c == ' ' || c == '\t';
}

int http_body_begin(http_conn_t *hc, const char *buf)
{
    const http_request_t *req = &hc->req;
    if (!hc->cfg->parse_post || !is_multipart(req, buf))
        return 0;
    if (!req->chunked && req->content_length <= 0)
        return 0;   /* no body: nothing to parse */
    size_t off, blen;
    const char *ct = buf + req->content_type.off;
    if (http_multipart_boundary(ct, req->content_type.len, &off, &blen) < 0)
        return -400;
    http_body_t *b = ecalloc(1, sizeof *b);
    b->cfg = hc->cfg;
    b->fd = -1;
    http_multipart_init(&b->mp, ct + off, blen, &body_cb, b);
    array_init(&b->post);
    array_init(&b->files);
    array_init(&b->tmpfiles);
    b->uploads = zend_new_array(0);
    /* A Content-Length body streams through the parser as it arrives: keep the head,
     * whose bytes leave the connection buffer. A chunked one is decoded in place in the
     * buffer and parsed once complete. */
    if (!req->chunked)
        b->head = zend_string_init(buf, hc->head_len, 0);
    hc->body = b;
    return 0;
}

const char *http_body_head(const http_conn_t *hc)
{
    return hc->body && hc->body->head ? ZSTR_VAL(hc->body->head) : NULL;
}

int http_body_feed(http_conn_t *hc, const char *data, size_t len)
{
    int rc = http_multipart_feed(&hc->body->mp, data, len);
    return rc < 0 ? -400 : 0;
}

int http_body_finish(http_conn_t *hc)
{
    return http_multipart_finish(&hc->body->mp) < 0 ? -400 : 0;
}

/* Moves *arr into the property slot if it has anything (an absent part stays null, as
 * in Swoole). */
static void move_array(zval *slot, zval *arr)
{
    if (zend_hash_num_elements(Z_ARRVAL_P(arr))) {
        zval_ptr_dtor(slot);
        ZVAL_COPY_VALUE(slot, arr);
        ZVAL_UNDEF(arr);
    }
}

void http_body_attach(http_conn_t *hc, zval *post, zval *files, zval *tmpfiles,
                      HashTable **uploads)
{
    http_body_t *b = hc->body;
    move_array(post, &b->post);
    move_array(files, &b->files);
    move_array(tmpfiles, &b->tmpfiles);
    zend_string *path;
    ZEND_HASH_FOREACH_STR_KEY(b->uploads, path) {
        sapi_register_upload(path);
    } ZEND_HASH_FOREACH_END();
    *uploads = b->uploads;
    b->uploads = NULL;
}

void http_body_free(http_conn_t *hc)
{
    http_body_t *b = hc->body;
    if (!b)
        return;
    hc->body = NULL;
    part_clear(b);
    zval_ptr_dtor(&b->post);
    zval_ptr_dtor(&b->files);
    zval_ptr_dtor(&b->tmpfiles);
    if (b->uploads) {   /* not handed to a Request: the files of a failed body */
        zend_string *path;
        ZEND_HASH_FOREACH_STR_KEY(b->uploads, path) {
            VCWD_UNLINK(ZSTR_VAL(path));
        } ZEND_HASH_FOREACH_END();
        zend_array_destroy(b->uploads);
    }
    if (b->head)
        zend_string_release(b->head);
    efree(b);
}
