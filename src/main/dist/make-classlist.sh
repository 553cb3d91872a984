#!/bin/sh
# Regenerates src/main/dist/accord.classlist: the classes the packaged program loads when its window starts,
# opens a 300x12 workshop and types into it, and when it exports a PDF. The .deb's post-install step dumps them
# into a class-data archive (docs/decisions/0009). A stale list is harmless (missing classes are just not
# shared), but regenerate it after adding libraries or screens. Needs: mvn -Pdist package, Xvfb, a display :99
# (Xvfb :99 -screen 0 1600x900x24 &) and a data folder holding a large workshop as id 1 (see README Performance).
set -e
cd "$(dirname "$0")/../../.."
DATA=${1:?usage: make-classlist.sh DATA_FOLDER}
APP=target/dist/Accord/bin/Accord
OUT=$(mktemp -d)
DISPLAY=${DISPLAY:-:99} JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$OUT/window.lst" \
    "$APP" --data "$DATA" --startup-report open 1
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$OUT/cli.lst" \
    "$APP" --data "$DATA" export 1 --format pdf --output "$OUT/export.pdf" --force
# Both lists, each class once, in the order first loaded.
(cat "$OUT/window.lst"; grep -v '^#' "$OUT/cli.lst") | awk '!seen[$0]++' > src/main/dist/accord.classlist
rm -rf "$OUT"
wc -l src/main/dist/accord.classlist
