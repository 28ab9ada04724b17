# bash completion for pipes-admin-cli                      -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/pipes-admin-cli.
# Commands and options follow `pipes-admin-cli --help` and `COMMAND --help`
# (tests/packaging/completion-test.sh checks that they still do).

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
    local commands="users user providers account disconnect authorize-url batch diagnose events history links"

    # Values of options.
    case $prev in
        --base-url)
            mapfile -t COMPREPLY < <(compgen -W "https://api.workos.com http://127.0.0.1:4010" -- "$cur")
            return ;;
        --return-to)
            mapfile -t COMPREPLY < <(compgen -W "https://" -- "$cur")
            return ;;
        --input|--from)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return ;;
        --action)
            mapfile -t COMPREPLY < <(compgen -W "disconnect connect_link reconnected token_check" -- "$cur")
            return ;;
        --outcome)
            mapfile -t COMPREPLY < <(compgen -W "succeeded already_absent failed cancelled pending outcome_unknown" -- "$cur")
            return ;;
        --since)
            mapfile -t COMPREPLY < <(compgen -W "24h 7d 30m" -- "$cur")
            return ;;
        --email|--organization|--limit|--environment|--reason|--user|--provider|--concurrency|--connection|--member|--max-pages|--page-size|--operator|--workstation)
            return ;;
    esac

    # The first word that is not an option (or a global option's value) is the
    # command; "batch" (and "history", "links") take a subcommand as the next word.
    local command="" sub="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --base-url|--environment) ((i++)) ;;
            -*) ;;
            *)
                if [ -z "$command" ]; then
                    command=${words[i]}
                    [ "$command" = batch ] || [ "$command" = history ] || [ "$command" = links ] || break
                else
                    sub=${words[i]}
                    break
                fi ;;
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
        providers) opts="--organization" ;;
        account) opts="--organization --connection" ;;
        disconnect) opts="--organization --connection --yes --reason" ;;
        authorize-url) opts="--organization --add --connection --member --return-to --open --mail --reason" ;;
        diagnose) opts="--connection --organization --since --check-token --member --max-pages --page-size --reason" ;;
        events) opts="--provider --since --max-pages --page-size" ;;
        history)
            case $sub in
                "")
                    [[ $cur == -* ]] || mapfile -t COMPREPLY < <(compgen -W "import-local" -- "$cur")
                    opts="--since --user --provider --action --outcome --operator --workstation --limit --csv" ;;
                import-local) opts="--from" ;;
                *) return ;;
            esac ;;
        links)
            case $sub in
                "")
                    [[ $cur == -* ]] || mapfile -t COMPREPLY < <(compgen -W "close" -- "$cur")
                    opts="--all --no-refresh" ;;
                close) opts="" ;;
                *) return ;;
            esac ;;
        batch)
            case $sub in
                "")
                    [[ $cur == -* ]] || mapfile -t COMPREPLY < <(compgen -W "check disconnect" -- "$cur")
                    return ;;
                check) opts="--input --provider --organization --concurrency" ;;
                disconnect) opts="--input --dry-run --yes --organization --reason --concurrency" ;;
                *) return ;;
            esac ;;
        *) return ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$opts $global_opts" -- "$cur")
    fi
} &&
    complete -F _pipes_admin_cli pipes-admin-cli

# ex: filetype=sh
