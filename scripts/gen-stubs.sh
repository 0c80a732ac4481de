#!/bin/sh
# gen-stubs.sh — regenerates php/*_arginfo.h from php/stubs/*.stub.php with PHP's own
# build/gen_stub.php. gen_stub.php wants to download PHP-Parser; we point it at Debian's
# php-parser package instead (apt-get install php-parser), through a scratch copy.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
php_config=${PHP_CONFIG:-php-config}
build_dir=$("$php_config" --extension-dir | sed 's|$|/build|')
[ -f "$build_dir/gen_stub.php" ] || build_dir=$(dirname "$(command -v phpize)")/../lib/php/build
gen="$build_dir/gen_stub.php"
parser=/usr/share/php/PhpParser
[ -f "$gen" ] || { echo "gen-stubs: $gen not found (install php-dev)" >&2; exit 1; }
[ -d "$parser" ] || { echo "gen-stubs: $parser not found (apt-get install php-parser)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$gen" "$scratch/gen_stub.php"
mkdir -p "$scratch/PHP-Parser-4.15.1/lib"
ln -s "$parser" "$scratch/PHP-Parser-4.15.1/lib/PhpParser"
for stub in "$top"/php/stubs/*.stub.php; do
    php "$scratch/gen_stub.php" "$stub"
    name=$(basename "$stub" .stub.php)
    mv "$top/php/stubs/${name}_arginfo.h" "$top/php/${name}_arginfo.h"
done
# Plugins keep their stub beside their sources: plugins/NAME/NAME.stub.php → NAME_arginfo.h.
for stub in "$top"/plugins/*/*.stub.php; do
    [ -f "$stub" ] || continue
    php "$scratch/gen_stub.php" "$stub"
done
