#!/bin/sh
# Generates ./configure and the Makefile templates from configure.ac and Makefile.am.
set -e
cd "$(dirname "$0")"
autoreconf -fi
# Autoconf's checks clean up with `rm -f core conftest...` (for core dumps); our top-level
# core/ directory makes each of those print "cannot remove 'core': Is a directory" and
# fail, which also skips the rest of the exit trap's cleanup (confdefs.h stays behind).
# Nothing here dumps core into the source tree, so the word is dropped from those lines.
sed -i 's/rm -f core \*\.core core\.conftest\.\* /rm -f /; s/rm -f core /rm -f /' configure
