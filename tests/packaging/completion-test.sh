#!/usr/bin/env bash
# Checks resources/completion/pipes-admin-cli.bash and the manual page against
# what the CLI itself says in --help: every command and every option of every
# command must be completed and documented.
#   completion-test.sh CLI COMPLETION_FILE MAN_PAGE
set -uo pipefail
cli=$1 completion=$2 manpage=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# shellcheck source=/dev/null
source "$completion"

# Runs the completion function for a command line (the last word is being completed).
complete_line() {
    COMP_WORDS=(pipes-admin-cli "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _pipes_admin_cli pipes-admin-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\n' "${COMPREPLY[@]}"
}

help=$("$cli" --help) || { echo "FAIL: $cli --help exited non-zero"; exit 1; }
# "  users          Find ..." or "  batch check    Check ...": the words before the description.
mapfile -t commands < <(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -nE 's/^  ([a-z][a-z-]*( [a-z][a-z-]*)?)  +.*/\1/p')
[ ${#commands[@]} -ge 3 ] || fail "no commands found in --help"
mapfile -t globals < <(sed -n '/^Options:/,/^$/p' <<<"$help" | grep -oE -- '--[a-z][a-z-]*' | sort -u)
[ ${#globals[@]} -ge 2 ] || fail "no global options found in --help"

# The manual page as plain words: roff's \- is "-", font changes go.
man_text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$manpage")

offered=$(complete_line "")
for c in "${commands[@]}"; do
    read -r -a cwords <<<"$c"
    # Each word completes after the ones before it ("batch", then "check").
    for ((k = 0; k < ${#cwords[@]}; k++)); do
        grep -qx -- "${cwords[k]}" <<<"$(complete_line "${cwords[@]:0:k}" "")" \
            || fail "command '$c': '${cwords[k]}' is not completed"
    done
    grep -qE -- "^$c( |$)" <<<"$man_text" || fail "command '$c' is not described in the manual page"
done
offered=$(complete_line "--")
for o in "${globals[@]}"; do
    grep -qx -- "$o" <<<"$offered" || fail "global option '$o' is not completed"
    grep -qw -- "$o" <<<"$man_text" || fail "global option '$o' is not in the manual page"
done

for c in "${commands[@]}"; do
    read -r -a cwords <<<"$c"
    chelp=$("$cli" "${cwords[@]}" --help) || { fail "'$c --help' exited non-zero"; continue; }
    mapfile -t opts < <(sed -n '/^Options:/,/^$/p' <<<"$chelp" | grep -oE -- '--[a-z][a-z-]*' | sort -u)
    offered=$(complete_line "${cwords[@]}" "--")
    for o in "${opts[@]}"; do
        grep -qx -- "$o" <<<"$offered" || fail "option '$o' of '$c' is not completed"
        grep -qw -- "$o" <<<"$man_text" || fail "option '$o' of '$c' is not in the manual page"
    done
done

# An unknown word completes nothing rather than something wrong.
[ -z "$(complete_line frobnicate --)" ] || fail "an unknown command completed options"
# The value of --base-url is not a command.
grep -qx users <<<"$(complete_line --base-url http://x "")" || fail "command after --base-url URL not completed"

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s)"
    exit 1
fi
echo "completion and manual page cover ${#commands[@]} commands and their options"
