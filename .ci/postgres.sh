# Install, start and prepare a local PostgreSQL server for the register tests (run as root).
#
# Source it, so that the URL lands in your environment:
#     source .ci/postgres.sh        # exports NTM_DOCGEN_TEST_PG=postgresql://...
# or run it, and it prints the export line:
#     bash .ci/postgres.sh          # prints: export NTM_DOCGEN_TEST_PG=postgresql://...
# It is idempotent: a second run finds the package, the running cluster, the user and the
# database already there. It changes no shell option of the shell that sources it.

_ntm_pg_user=ntm_docgen
_ntm_pg_password=ntm_docgen
_ntm_pg_db=ntm_docgen_test
_ntm_pg_port=5432

# The setup runs with its stdout on stderr: pg_ctlcluster and apt talk on stdout ("Removed stale
# pid file." after an unclean shutdown), and the server it starts must not inherit the pipe of a
# command substitution, or the substitution would wait for the server to exit.
_ntm_pg_cluster_port() {
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}'
}

_ntm_pg_setup() (
    set -euo pipefail
    if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres \
            >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq postgresql >/dev/null
    fi
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
        pg_createcluster "$version" main -p "$_ntm_pg_port" >/dev/null
    fi
    if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' \
            | grep -qx online; then
        pg_ctlcluster "$version" main start
    fi
    port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
    for _ in $(seq 1 30); do
        pg_isready -q -h localhost -p "$port" && break
        sleep 1
    done
    pg_isready -h localhost -p "$port" >/dev/null
    as_postgres() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
    if [ "$(as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$_ntm_pg_user'")" != 1 ]; then
        as_postgres -c "CREATE ROLE $_ntm_pg_user LOGIN PASSWORD '$_ntm_pg_password'"
    fi
    if [ "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$_ntm_pg_db'")" != 1 ]; then
        as_postgres -c "CREATE DATABASE $_ntm_pg_db OWNER $_ntm_pg_user"
    fi
)

if _ntm_pg_setup >&2 && _ntm_pg_port=$(_ntm_pg_cluster_port) \
        && [ -n "$_ntm_pg_port" ] && [ -z "${_ntm_pg_port//[0-9]/}" ]; then
    export NTM_DOCGEN_TEST_PG="postgresql://$_ntm_pg_user:$_ntm_pg_password@localhost:$_ntm_pg_port/$_ntm_pg_db"
    echo "export NTM_DOCGEN_TEST_PG=$NTM_DOCGEN_TEST_PG"
    unset _ntm_pg_user _ntm_pg_password _ntm_pg_db _ntm_pg_port
    unset -f _ntm_pg_setup _ntm_pg_cluster_port
else
    echo "postgres.sh: could not install or start PostgreSQL (see the messages above)" >&2
    unset _ntm_pg_user _ntm_pg_password _ntm_pg_db _ntm_pg_port
    unset -f _ntm_pg_setup _ntm_pg_cluster_port
    # shellcheck disable=SC2317
    return 1 2>/dev/null || exit 1
fi
