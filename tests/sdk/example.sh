#!/bin/sh
# example.sh — the SDK works for a third party: `make install DESTDIR=$tmp`, build
# sdk/examples/line out of tree against $tmp only (pkg-config with PKG_CONFIG_PATH and
# PKG_CONFIG_SYSROOT_DIR), load it into PHP and call its class. TAP output.
#
# Environment (from Makefile.am): MAKE, top_srcdir, top_builddir, PHP, PHP_CONFIG,
# PKG_CONFIG, sw_prefix, sw_libdir, sw_includedir, sw_extdir, sw_inidir.
set -u
if [ "${SW_ASAN:-no}" = yes ]; then
    echo "1..0 # SKIP an ASan build cannot be loaded by PHP"
    exit 0
fi
echo "1..6"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/swoole-sdk-example.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/root
fail() { echo "not ok $1 - $2"; shift 2; [ $# -gt 0 ] && sed 's/^/# /' "$@"; exit 1; }

${MAKE:-make} -C "$top_builddir" install DESTDIR="$dest" >"$tmp/install.log" 2>&1 ||
    fail 1 "make install DESTDIR" "$tmp/install.log"
for f in "$sw_extdir/swoole.so" "$sw_includedir/swoole/sdk.h" "$sw_includedir/swoole/sdk_php.h" \
         "$sw_includedir/swoole/sdk_version.h" "$sw_libdir/pkgconfig/swoole-sdk.pc" \
         "$sw_inidir/20-swoole.ini"; do
    [ -f "$dest$f" ] || { echo "# missing $dest$f"; fail 1 "make install DESTDIR"; }
done
[ -d "$dest$sw_extdir/swoole" ] || fail 1 "make install DESTDIR: no plugin dir $sw_extdir/swoole"
echo "ok 1 - make install DESTDIR puts module, headers, swoole-sdk.pc, conf.d and plugin dir"

PKG_CONFIG_PATH=$dest$sw_libdir/pkgconfig
PKG_CONFIG_LIBDIR=$PKG_CONFIG_PATH
PKG_CONFIG_SYSROOT_DIR=$dest
export PKG_CONFIG_PATH PKG_CONFIG_LIBDIR PKG_CONFIG_SYSROOT_DIR
cflags=$(${PKG_CONFIG:-pkg-config} --cflags swoole-sdk 2>"$tmp/pc.log") || fail 2 "pkg-config swoole-sdk" "$tmp/pc.log"
case $cflags in
    *"$dest"*) echo "ok 2 - pkg-config swoole-sdk points into DESTDIR ($cflags)" ;;
    *) fail 2 "pkg-config --cflags swoole-sdk does not point into DESTDIR: $cflags" ;;
esac

# Out of tree: a build dir of its own, the example's own Makefile, nothing from our tree
# but its source files.
mkdir "$tmp/build"
${MAKE:-make} -C "$tmp/build" -f "$top_srcdir/sdk/examples/line/Makefile" \
    PHP_CONFIG="$PHP_CONFIG" CFLAGS="-O1 -Werror" >"$tmp/build.log" 2>&1 ||
    fail 3 "build the example against the installed SDK" "$tmp/build.log"
if grep -q -- "-I$top_srcdir\|-I$top_builddir" "$tmp/build.log"; then
    fail 3 "the example build used the source tree" "$tmp/build.log"
fi
echo "ok 3 - the example builds from the installed headers only"

${MAKE:-make} -C "$tmp/build" -f "$top_srcdir/sdk/examples/line/Makefile" install \
    DESTDIR="$tmp/stage" PLUGINDIR=/plugins INIDIR=/conf.d >"$tmp/inst2.log" 2>&1 &&
    [ -f "$tmp/stage/plugins/line.so" ] && [ -f "$tmp/stage/conf.d/30-swoole-line.ini" ] ||
    fail 4 "the example's make install" "$tmp/inst2.log"
echo "ok 4 - the example installs its plugin and its conf.d file"

script='
$c = new Swoole\Example\Line("\r\n");
var_dump($c->feed("alpha\r\nbe"), $c->pending(), $c->feed("ta\r"), $c->feed("\n\r\n"));
echo json_encode(Swoole\Example\Line::encode(["x", 42])), "\n";
try { Swoole\Example\Line::encode(["a\nb"]); } catch (Swoole\Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
ini_set("swoole.line.max_length", "4");
try { $c->feed("12345"); } catch (Swoole\Exception $e) { echo $e->getMessage(), "\n"; }
echo "done\n";'
"$PHP" -n -d "extension=$dest$sw_extdir/swoole.so" -d "swoole.plugin_dir=$tmp/build" \
    -d 'swoole.plugins[]=line' -r "$script" >"$tmp/out" 2>&1
cat >"$tmp/expected" <<'EXPECTED'
array(1) {
  [0]=>
  string(5) "alpha"
}
string(2) "be"
array(0) {
}
array(2) {
  [0]=>
  string(4) "beta"
  [1]=>
  string(0) ""
}
"x\n42\n"
Swoole\Exception: a line must not contain the end-of-line sequence
line longer than swoole.line.max_length (4 bytes)
done
EXPECTED
diff -u "$tmp/expected" "$tmp/out" >"$tmp/diff" || fail 5 "load the example and call its class" "$tmp/diff"
echo "ok 5 - PHP loads the example plugin and calls Swoole\\Example\\Line"

"$PHP" -n -d "extension=$dest$sw_extdir/swoole.so" -d "swoole.plugin_dir=$tmp/build" \
    -d 'swoole.plugins[]=line' --ri swoole >"$tmp/ri" 2>&1
grep -q "^line => loaded: version 1.0.0, SDK [0-9.]*, $tmp/build/line.so" "$tmp/ri" &&
    grep -q "^line protocol => Swoole.Example.Line" "$tmp/ri" ||
    fail 6 "php --ri swoole lists the example" "$tmp/ri"
echo "ok 6 - php --ri swoole lists it with its version, SDK and path"
