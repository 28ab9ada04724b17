#!/usr/bin/env bash
# Installs the build into a scratch folder (cmake --install, DESTDIR) and
# checks the layout the Debian package is made from: binaries, desktop entry,
# metainfo, icons, manual pages, completion, translations, documentation.
# The desktop entry and the metainfo are validated when the validators are
# installed (desktop-file-utils, appstream); check-package.sh always runs them.
#   install-tree-test.sh BUILD_DIR
set -uo pipefail
build=$1
stage=$(mktemp -d "${TMPDIR:-/tmp}/pipes-install.XXXXXX")
trap 'rm -rf "$stage"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

DESTDIR="$stage" cmake --install "$build" --prefix /usr >"$stage.log" 2>&1 || { cat "$stage.log"; rm -f "$stage.log"; echo "FAIL: cmake --install"; exit 1; }
rm -f "$stage.log"
root=$stage/usr
id=dev.pipesadmin.PipesAdmin

expect=(
    bin/pipes-admin bin/pipes-admin-cli bin/pipes-sandbox
    share/applications/$id.desktop
    share/metainfo/$id.metainfo.xml
    share/icons/hicolor/scalable/apps/$id.svg
    share/man/man1/pipes-admin.1.gz share/man/man1/pipes-admin-cli.1.gz share/man/man1/pipes-sandbox.1.gz
    share/bash-completion/completions/pipes-admin-cli
    share/pipes-admin/translations/pipes-admin_de.qm
    share/doc/pipes-admin/copyright share/doc/pipes-admin/changelog.gz
    share/doc/pipes-admin/PROVISIONING.md share/doc/pipes-admin/examples/provisioning-example.conf
)
for size in 16 24 32 48 64 128 256; do
    expect+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${expect[@]}"; do
    [ -s "$root/$f" ] || fail "missing or empty: /usr/$f"
done
for b in pipes-admin pipes-admin-cli pipes-sandbox; do
    [ -x "$root/bin/$b" ] || fail "/usr/bin/$b is not executable"
done

# PNG icons have the size their folder says.
for size in 16 24 32 48 64 128 256; do
    png=$root/share/icons/hicolor/${size}x${size}/apps/$id.png
    [ -f "$png" ] || continue
    # Width and height are big-endian at bytes 16..23 of a PNG.
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{ print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "$id.png in ${size}x${size} is ${w}x${h}"
done

# The version in the metainfo and the changelog is the project's.
version=$("$root/bin/pipes-sandbox" --version 2>/dev/null | awk '{ print $NF }')
grep -q "<release version=\"$version\"" "$root/share/metainfo/$id.metainfo.xml" || fail "metainfo has no release $version"
zcat "$root/share/doc/pipes-admin/changelog.gz" | head -1 | grep -qF "pipes-admin ($version)" || fail "changelog does not start with $version"

# The desktop entry launches what is installed, with the icon that is installed.
grep -qx "Exec=pipes-admin" "$root/share/applications/$id.desktop" || fail "desktop entry Exec is not pipes-admin"
grep -qx "Icon=$id" "$root/share/applications/$id.desktop" || fail "desktop entry Icon is not $id"

# Every manual page formats without warnings.
if command -v man >/dev/null; then
    for page in "$root"/share/man/man1/*.1.gz; do
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
        [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
    done
fi

if command -v desktop-file-validate >/dev/null; then
    out=$(desktop-file-validate "$root/share/applications/$id.desktop" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || echo "desktop-file-validate: $out"
else
    echo "note: desktop-file-validate not installed (desktop-file-utils); not validated here"
fi
if command -v appstreamcli >/dev/null; then
    out=$(appstreamcli validate --no-net --explain "$root/share/metainfo/$id.metainfo.xml" 2>&1) || fail "appstreamcli validate: $out"
else
    echo "note: appstreamcli not installed (appstream); not validated here"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) in the installed tree"
    exit 1
fi
echo "installed tree complete: ${#expect[@]} files checked"
