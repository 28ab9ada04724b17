#!/usr/bin/env bash
# Builds the Debian package from a build folder, installs it on this machine
# and checks it the way a user's machine would see it:
#
#   packaging/check-package.sh [BUILD_DIR] [--keep-installed]
#
#   1. cpack (DEB) -> BUILD_DIR/package/pipes-admin_<version>_<arch>.deb
#   2. dpkg -i (apt-get -f install when dependencies are missing)
#   3. the INSTALLED /usr/bin/pipes-admin --version (offscreen), a 3 s start with
#      --demo, /usr/bin/pipes-admin-cli --help, /usr/bin/pipes-sandbox --version
#   4. desktop-file-validate on the installed .desktop entry
#   5. appstreamcli validate --no-net on the installed metainfo
#   6. lintian on the .deb: any E: fails (W:/I: are printed)
#   7. a summary; exit status 1 when any check failed
#
# Needs root (dpkg -i) or sudo. Installs its own tools when missing:
# dpkg-dev (dpkg-shlibdeps for CPack), lintian, desktop-file-utils, appstream,
# librsvg2-bin (the PNG icons are rendered at build time), man-db.
# The package is removed again at the end unless --keep-installed is given
# (or it was installed before this script ran).
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=""
keep=0
for arg in "$@"; do
    case $arg in
        --keep-installed) keep=1 ;;
        -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) build=$arg ;;
    esac
done
build=${build:-${PIPES_BUILD_DIR:-$root/build}}
build=$(cd "$build" 2>/dev/null && pwd) || { echo "check-package: no build folder $build" >&2; exit 2; }
[ -f "$build/CPackConfig.cmake" ] || { echo "check-package: $build is not a configured build (no CPackConfig.cmake)" >&2; exit 2; }

say() { printf '\033[1m[package]\033[0m %s\n' "$*" >&2; }
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else say "need root (or sudo) to run: $*"; exit 2
    fi
}

declare -a results=()
failed=0
pass() { results+=("PASS  $1"); }
fail() { results+=("FAIL  $1"); failed=1; }

# --- tools ---------------------------------------------------------------
tools=(dpkg-dev lintian desktop-file-utils appstream librsvg2-bin man-db)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- build and package ---------------------------------------------------
say "building $build"
# A configure run picks up rsvg-convert if it was only just installed.
cmake "$build" >/dev/null || { echo "check-package: cmake configure failed" >&2; exit 1; }
cmake --build "$build" --parallel "$(nproc)" >/dev/null || { echo "check-package: build failed" >&2; exit 1; }

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
deb=$build/package/pipes-admin_${version}_${arch}.deb
rm -f "$deb"
say "cpack (DEB)"
if (cd "$build" && cpack -G DEB --config "$build/CPackConfig.cmake" >"$build/cpack.log" 2>&1) && [ -f "$deb" ]; then
    pass "cpack wrote $(basename "$deb")"
else
    cat "$build/cpack.log" >&2
    fail "cpack did not write pipes-admin_${version}_${arch}.deb"
fi

# --- install -------------------------------------------------------------
installed_before=0
dpkg-query -W -f='${Status}' pipes-admin 2>/dev/null | grep -q 'install ok installed' && installed_before=1
if [ -f "$deb" ]; then
    say "dpkg -i $(basename "$deb")"
    if as_root dpkg -i "$deb" >/dev/null 2>&1 \
        || as_root env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq --no-install-recommends >/dev/null 2>&1; then
        :
    fi
    if dpkg-query -W -f='${Status} ${Version}' pipes-admin 2>/dev/null | grep -q "install ok installed $version"; then
        pass "dpkg -i: pipes-admin $version installed"
    else
        fail "dpkg -i: pipes-admin $version is not installed"
    fi
fi

# --- the installed programs ----------------------------------------------
# A clean environment: only the installed files can answer.
run_installed() { env -i PATH=/usr/bin:/bin HOME="${TMPDIR:-/tmp}" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }

out=$(run_installed /usr/bin/pipes-admin --version 2>&1)
if [ $? -eq 0 ] && grep -q "$version" <<<"$out"; then pass "/usr/bin/pipes-admin --version: $out"; else fail "/usr/bin/pipes-admin --version: $out"; fi

# Starting the window proves the Qt plugins it needs are there: still running after 3 s is a pass.
run_installed timeout 3 /usr/bin/pipes-admin --demo >"$build/pipes-admin-start.log" 2>&1
rc=$?
if [ $rc -eq 124 ]; then pass "/usr/bin/pipes-admin --demo starts (offscreen)"; else fail "/usr/bin/pipes-admin --demo exited with $rc: $(head -c 400 "$build/pipes-admin-start.log")"; fi

out=$(run_installed /usr/bin/pipes-admin-cli --help 2>&1)
if [ $? -eq 0 ] && grep -q "^Commands:" <<<"$out"; then pass "/usr/bin/pipes-admin-cli --help"; else fail "/usr/bin/pipes-admin-cli --help: $(head -c 400 <<<"$out")"; fi

out=$(run_installed /usr/bin/pipes-sandbox --version 2>&1)
if [ $? -eq 0 ] && grep -q "$version" <<<"$out"; then pass "/usr/bin/pipes-sandbox --version: $out"; else fail "/usr/bin/pipes-sandbox --version: $out"; fi

for page in pipes-admin pipes-admin-cli pipes-sandbox; do
    if man -w "$page" >/dev/null 2>&1; then pass "man $page"; else fail "man $page: no manual page"; fi
done
if [ -f /usr/share/bash-completion/completions/pipes-admin-cli ] \
    && bash -c 'source /usr/share/bash-completion/completions/pipes-admin-cli && complete -p pipes-admin-cli' >/dev/null 2>&1; then
    pass "bash completion for pipes-admin-cli"
else
    fail "bash completion for pipes-admin-cli is missing or broken"
fi
[ -f /usr/share/doc/pipes-admin/examples/provisioning-example.conf ] && pass "provisioning example installed" \
    || fail "no /usr/share/doc/pipes-admin/examples/provisioning-example.conf"
ls /usr/share/pipes-admin/translations/*.qm >/dev/null 2>&1 && pass "translations installed" \
    || fail "no .qm in /usr/share/pipes-admin/translations"

# --- desktop integration -------------------------------------------------
desktop=/usr/share/applications/dev.pipesadmin.PipesAdmin.desktop
metainfo=/usr/share/metainfo/dev.pipesadmin.PipesAdmin.metainfo.xml
out=$(desktop-file-validate "$desktop" 2>&1)
if [ $? -eq 0 ] && [ -f "$desktop" ]; then pass "desktop-file-validate${out:+ ($out)}"; else fail "desktop-file-validate: $out"; fi
out=$(appstreamcli validate --no-net "$metainfo" 2>&1)
if [ $? -eq 0 ] && [ -f "$metainfo" ]; then pass "appstreamcli validate --no-net: $(tail -1 <<<"$out")"; else fail "appstreamcli validate --no-net: $out"; fi

# --- lintian -------------------------------------------------------------
if [ -f "$deb" ]; then
    say "lintian"
    lintian --fail-on error --display-info "$deb" >"$build/lintian.log" 2>&1
    rc=$?
    out=$(grep -v '^running with root privileges' "$build/lintian.log")
    [ -n "$out" ] && printf '%s\n' "$out" >&2
    errors=$(grep -c '^E:' <<<"$out")
    warnings=$(grep -c '^W:' <<<"$out")
    if [ "$rc" -eq 0 ] && [ "$errors" -eq 0 ]; then
        pass "lintian: 0 errors, $warnings warnings"
    else
        fail "lintian: $errors errors, $warnings warnings (exit $rc)"
    fi
fi

# --- clean up ------------------------------------------------------------
if [ $keep -eq 0 ] && [ $installed_before -eq 0 ] && dpkg-query -W pipes-admin >/dev/null 2>&1; then
    as_root dpkg -r pipes-admin >/dev/null 2>&1 || say "could not remove pipes-admin"
fi

printf '\n%s\n' "Package check: $(basename "$deb")" >&2
printf '  %s\n' "${results[@]}" >&2
failures=$(printf '%s\n' "${results[@]}" | grep -c '^FAIL')
if [ $failed -eq 0 ]; then
    echo "package check: all ${#results[@]} checks passed"
else
    echo "package check: $failures of ${#results[@]} checks FAILED"
fi
exit $failed
