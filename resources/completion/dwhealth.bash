# SPDX-License-Identifier: MIT
# bash completion for dwhealth, installed as /usr/share/bash-completion/completions/dwhealth:
# the commands, each command's options (the option tables of src/cli/*command.cpp, as
# `dwhealth help COMMAND` lists them) and their values; scenario names and symptom ids come from the program itself
# (dwhealth scenarios, dwhealth explain --list). Needs bash only, not the bash-completion helpers.
# tests/packaging/check_completion.sh holds it to `dwhealth --help` and the program's own lists.

_dwhealth_files()  # file names (or with "d", directories) that start with $cur
{
    local IFS=$'\n'
    compopt -o filenames 2>/dev/null
    if [[ ${1-} == d ]]; then
        COMPREPLY+=($(compgen -d -- "$cur"))
    else
        COMPREPLY+=($(compgen -f -- "$cur"))
    fi
}

_dwhealth_from_program()  # the first column of `dwhealth ARGS...`, words that start with $cur
{
    local IFS=$'\n' prog=${COMP_WORDS[0]}
    [[ -x $prog ]] || prog=dwhealth
    COMPREPLY+=($(compgen -W "$("$prog" "$@" 2>/dev/null | cut -f1)" -- "$cur"))
}

_dwhealth()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    COMPREPLY=()
    # --name=VALUE: bash splits the word at "=" (COMP_WORDBREAKS).
    if [[ $cur == = ]]; then
        cur=  # "--name=", the cursor after "=": prev is --name
    elif [[ $prev == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD-2]}  # "--name=VAL"
    fi

    # The command: the first word that is not --lang or its value.
    local command= i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]-} in
        --lang) ((i++)); [[ ${COMP_WORDS[i]-} == = ]] && ((i++)) ;;
        --demo | --scenario) command=gui; break ;;
        check | simulate | scenarios | explain | diff | fix | restore | bundle | maps | errors | help)
            command=${COMP_WORDS[i]}; break ;;
        *) break ;;
        esac
    done

    case $prev in
    --lang) COMPREPLY=($(compgen -W "en de es fr ja" -- "$cur")); return ;;
    --format)
        if [[ $command == check ]]; then
            COMPREPLY=($(compgen -W "json junit md html pdf" -- "$cur"))
        elif [[ $command == maps ]]; then
            COMPREPLY=($(compgen -W "text json md html" -- "$cur"))
        elif [[ $command == errors ]]; then
            COMPREPLY=($(compgen -W "text json md html junit" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "text json" -- "$cur"))
        fi
        return ;;
    --scenario) _dwhealth_from_program scenarios; _dwhealth_files; return ;;
    --symptom) _dwhealth_from_program explain --list; return ;;
    --page-size) COMPREPLY=($(compgen -W "A4 Letter" -- "$cur")); return ;;
    --profile | --output | --bundle | --replay | --logo | --file | --from-bundle) _dwhealth_files; return ;;
    --backup-dir | --profiles | --output-dir) _dwhealth_files d; return ;;
    --since) COMPREPLY=($(compgen -W "1h 24h 7d" -- "$cur")); return ;;
    --port | --latency-ms | --concurrency | --timeout | --deadline | --consultant | --customer | --team | --allow-authority | --parallel | --parallel-per-tenant | --notify | --history-max-runs | --history-max-mb | --max-pages | --profile-name)
        return ;;  # a number or a free text
    esac

    local options
    case $command in
    "") options="--demo --scenario --version --help --lang" ;;
    gui) options="--demo --scenario --from-bundle --help --lang" ;;
    check) options="--profile --profile-name --demo --replay --scenario --format --output --redact --customer
                    --consultant --logo --page-size --force-dependencies --client-secret-stdin
                    --concurrency --timeout --deadline --allow-authority --latency-ms
                    --max-pages --no-progress --bundle --no-history --history-max-runs
                    --history-max-mb --profiles --output-dir --parallel
                    --parallel-per-tenant --notify --help --lang" ;;
    simulate) options="--scenario --from-bundle --port --latency-ms --help --lang" ;;
    bundle) options="--help --lang" ;;
    explain) options="--list --symptom --file --format --help --lang" ;;
    diff) options="--format --help --lang" ;;
    fix) options="--profile --profile-name --demo --scenario --team --apply --yes --backup-dir --format
                  --client-secret-stdin --timeout --force-dependencies --no-progress
                  --override-unconfirmed-link --allow-authority --help --lang" ;;
    restore) options="--profile --profile-name --apply --yes --backup-dir --format --client-secret-stdin
                      --accept-edited-backup --allow-authority --timeout --help --lang" ;;
    maps | errors) options="--profile --profile-name --demo --scenario --since --format --output
                            --client-secret-stdin --timeout --allow-authority --help --lang" ;;
    *) options="--help --lang" ;;  # scenarios, help
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    case $command in
    "") COMPREPLY=($(compgen -W "check simulate scenarios explain diff fix restore bundle maps errors help" -- "$cur")) ;;
    bundle)
        if ((COMP_CWORD == i + 1)); then
            COMPREPLY=($(compgen -W "anonymise" -- "$cur"))
        else
            _dwhealth_files
        fi ;;
    fix)
        local code=
        for ((i = i + 1; i < COMP_CWORD; i++)); do
            [[ ${COMP_WORDS[i]} == DW* ]] && code=${COMP_WORDS[i]}
        done
        [[ -z $code ]] && COMPREPLY=($(compgen -W "DWDVEV1004 DWFOEV1004 DWDVEV1007" -- "$cur")) ;;
    restore | diff) _dwhealth_files ;;
    help)
        ((i + 1 == COMP_CWORD)) \
            && COMPREPLY=($(compgen -W "check simulate scenarios explain diff fix restore bundle help" -- "$cur")) ;;
    esac
} && complete -F _dwhealth dwhealth
