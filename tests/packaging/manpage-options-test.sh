#!/usr/bin/env bash
# Every option that PROGRAM --help lists must be in its manual page.
#   manpage-options-test.sh PROGRAM MAN_PAGE
set -uo pipefail
program=$1 manpage=$2
help=$(QT_QPA_PLATFORM=offscreen "$program" --help 2>&1) || { echo "FAIL: $program --help exited non-zero"; exit 1; }
man_text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$manpage")
mapfile -t options < <(grep -oE -- '(^|[ ,])--[a-z][a-z-]*' <<<"$help" | tr -d ' ,' | sort -u)
[ ${#options[@]} -ge 2 ] || { echo "FAIL: no options found in $program --help"; exit 1; }
missing=0
for o in "${options[@]}"; do
    if ! grep -qw -- "$o" <<<"$man_text"; then
        echo "FAIL: $o (from $(basename "$program") --help) is not in $(basename "$manpage")"
        missing=$((missing + 1))
    fi
done
[ $missing -eq 0 ] || exit 1
echo "$(basename "$manpage") documents all ${#options[@]} options of $(basename "$program") --help"
