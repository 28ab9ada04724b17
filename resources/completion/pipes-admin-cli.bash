# bash completion for pipes-admin-cli                      -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/pipes-admin-cli.
# Commands and options follow `pipes-admin-cli --help` and `COMMAND --help`.

_pipes_admin_cli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local global_opts="--base-url --environment --json --no-retry --help -h --version"
    local commands="users user providers account disconnect authorize-url"

    # Options that take a value: nothing sensible to offer but a URL scheme.
    case $prev in
        --base-url)
            mapfile -t COMPREPLY < <(compgen -W "https://api.workos.com http://127.0.0.1:4010" -- "$cur")
            return ;;
        --return-to)
            mapfile -t COMPREPLY < <(compgen -W "https://" -- "$cur")
            return ;;
        --email|--organization|--limit|--environment)
            return ;;
    esac

    # The first word that is not an option (or an option's value) is the command.
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --base-url|--environment) ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    local opts
    case $command in
        "")
            if [[ $cur == -* ]]; then
                mapfile -t COMPREPLY < <(compgen -W "$global_opts" -- "$cur")
            else
                mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
            fi
            return ;;
        users) opts="--email --organization --limit --all" ;;
        user) opts="" ;;
        providers|account) opts="--organization" ;;
        disconnect) opts="--organization --yes" ;;
        authorize-url) opts="--organization --return-to --open" ;;
        *) return ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$opts $global_opts" -- "$cur")
    fi
} &&
    complete -F _pipes_admin_cli pipes-admin-cli

# ex: filetype=sh
