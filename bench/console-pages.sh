#!/usr/bin/env bash
# Benchmark of issue 13: the console's page times on a generated national set. Generates N
# declaration lines (--shape mix), runs `nightly` on H2 (and on PostgreSQL when a server is usable),
# adds a finance, a municipality and an auditor user, starts `serve` on a free port, signs in and
# times every console page with warm caches (bench/console_pages.py): overview, the latest period,
# the invoice of the municipality with the largest detail file, its lines-behind page for the
# invoice line with the most lines, that municipality's detail file, the version's zip,
# /api/periods, /runs, /audit (auditor), and the municipality user's overview, invoice and lines.
#
#   bash bench/console-pages.sh [LINES]     LINES (or env BENCH_LINES) defaults to 1000000
#
# Environment: BENCH_PG_URL (server URL ending in '/'; default jdbc:postgresql://127.0.0.1:5432/,
# used only when `psql -U postgres` reaches it; set BENCH_DBS to force), BENCH_PG_USER (default
# postgres, no password: trust auth), BENCH_SEED (default 1), BENCH_DIR (work folder, kept; a
# generated set and a finished nightly are reused; default a new one under /tmp, removed after a
# successful run), BENCH_JAVA_OPTS (default -Xmx1g), BENCH_DBS (default "h2 postgresql" when the
# server is usable, else "h2"), BENCH_JAR (default the built batch-jobs/target/settlement.jar;
# built when missing), BENCH_REPEAT (timed requests per page, default 5), BENCH_WARMUP (untimed
# requests per page before them, default 3), BENCH_SAVE (a folder to keep each page's last answer
# in, to compare two builds).
#
# It fails (exit 1) when a command fails or a page answers other than 200, never on time: the
# figures are printed, not judged (the issue's bar is 300 ms per page on the national set).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

lines=${1:-${BENCH_LINES:-1000000}}
seed=${BENCH_SEED:-1}
pg_url=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/}
pg_user=${BENCH_PG_USER:-postgres}
java_opts=${BENCH_JAVA_OPTS:--Xmx1g}
repeat=${BENCH_REPEAT:-5}
warmup=${BENCH_WARMUP:-3}
work=${BENCH_DIR:-}
scratch=
if [[ -z $work ]]; then work=$(mktemp -d /tmp/bench-console.XXXXXX); scratch=$work; fi
jar=${BENCH_JAR:-$repo/batch-jobs/target/settlement.jar}
as_of=2026-11-23
shape=mix
mkdir -p "$work"
say() { echo "[bench] $*"; }
export PGOPTIONS="-c client_min_messages=warning"
export BENCH_CONSOLE_PASSWORD='a long bench password'

if [[ ! -f $jar ]]; then
  say "building $jar"
  ./mvnw -q -B -ntp -pl batch-jobs -am package -DskipTests
fi

pg_hostport=${pg_url#jdbc:postgresql://}; pg_hostport=${pg_hostport%%/*}
pg_host=${pg_hostport%%:*}; pg_port=${pg_hostport##*:}; [[ $pg_port == "$pg_host" ]] && pg_port=5432
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$1" "${@:2}"; }
if [[ -z ${BENCH_DBS:-} ]]; then
  if psql_db postgres -c 'select 1' >/dev/null 2>&1; then dbs="h2 postgresql"; else
    dbs=h2; say "no PostgreSQL at $pg_host:$pg_port as $pg_user: H2 only"; fi
else
  dbs=$BENCH_DBS
fi

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

serve_pid=
stop_serve() {
  if [[ -n $serve_pid ]]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; serve_pid=; fi
}
trap stop_serve EXIT

set_name=$lines-$seed-$shape
data=$work/data-$set_name
if [[ ! -d $data/inbox ]]; then
  say "generating $lines lines (seed $seed, shape $shape) into $data"
  java -jar "$jar" generate --out "$data.tmp" --lines "$lines" --seed "$seed" --shape "$shape" | tee "$work/generate-$set_name.log"
  mv "$data.tmp" "$data"
fi

tsv=$work/pages-$set_name.tsv
: >"$tsv"
failed=0
summary=()
for db in $dbs; do
  out=$work/out-$db-$set_name
  case $db in
    postgresql)
      name=bench_console_${lines}_${seed}
      db_url=${pg_url}${name}
      db_args=(--spring.datasource.url="$db_url" --spring.datasource.username="$pg_user") ;;
    h2)
      db_url="jdbc:h2:file:$work/h2-$set_name/settlement;DB_CLOSE_ON_EXIT=FALSE"
      db_args=(--spring.datasource.url="$db_url") ;;
    *) say "unknown database $db"; exit 2 ;;
  esac
  # a nightly finished in an earlier run of the same work folder is reused (its marker file says so)
  if [[ ! -f $out/.bench-nightly-done ]]; then
    rm -rf "$out"
    if [[ $db == postgresql ]]; then
      psql_db postgres -c "drop database if exists $name"
      createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" "$name"
    else
      rm -rf "$work/h2-$set_name"
    fi
    say "nightly on $db"
    start=$(now)
    if ! java $java_opts -jar "$jar" nightly --data "$data" --out "$out" --as-of "$as_of" "${db_args[@]}" \
        >"$work/nightly-$db-$set_name.log" 2>&1; then
      say "FAILED: nightly on $db (see $work/nightly-$db-$set_name.log)"; tail -20 "$work/nightly-$db-$set_name.log"; exit 1
    fi
    summary+=("$db nightly: $(secs "$start" "$(now)") s")
    for user in fin:finance aud:auditor; do
      printf '%s\n' "$BENCH_CONSOLE_PASSWORD" | java -jar "$jar" user add "${user%%:*}" --role "${user#*:}" \
        --password-stdin "${db_args[@]}" >"$work/user-$db.log" 2>&1 || { say "FAILED: user add ${user%%:*}"; cat "$work/user-$db.log"; exit 1; }
    done
    touch "$out/.bench-nightly-done"
  fi
  # the municipality with the largest detail file in the latest version of the latest period
  latest=$(ls -d "$out"/statements/*/ | sort | tail -1)
  version_dir=$(ls -d "$latest"v*/ | sort -V | tail -1)
  municipality=$(ls -S "$version_dir" | sed -nE 's/^detail_([0-9]{4})\.csv$/\1/p' | head -1)
  if [[ ! -f $out/.bench-mun-$municipality ]]; then
    printf '%s\n' "$BENCH_CONSOLE_PASSWORD" | java -jar "$jar" user add mun --role municipality \
      --municipality "$municipality" --password-stdin "${db_args[@]}" >"$work/user-$db.log" 2>&1 \
      || { say "FAILED: user add mun"; cat "$work/user-$db.log"; exit 1; }
    touch "$out/.bench-mun-$municipality"
  fi

  port=$(free_port)
  say "serve on $db, port $port"
  java $java_opts -jar "$jar" serve --data "$data" --out "$out" --server.port="$port" \
    --settlement.serve.cron="0 0 0 1 1 *" "${db_args[@]}" >"$work/serve-$db-$set_name.log" 2>&1 &
  serve_pid=$!
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/login"; then break; fi
    if ! kill -0 "$serve_pid" 2>/dev/null; then say "FAILED: serve on $db"; tail -20 "$work/serve-$db-$set_name.log"; exit 1; fi
    sleep 1
  done
  if ! python3 bench/console_pages.py "http://127.0.0.1:$port" --label "$db" --municipality "$municipality" \
      --repeat "$repeat" --warmup "$warmup" --tsv "$tsv" ${BENCH_SAVE:+--save "$BENCH_SAVE"}; then
    failed=1
  fi
  stop_serve
done

say "summary ($lines lines generated, seed $seed, shape $shape, $(nproc) cores, java options: $java_opts; work folder $work)"
for line in "${summary[@]}"; do say "  $line"; done
dbs_seen=($dbs)
header=$(printf '%-40s' page); for db in "${dbs_seen[@]}"; do header+=$(printf ' | %-10s %8s' "$db median" max); done
say "  $header"
cut -f2 "$tsv" | awk '!seen[$0]++' | while IFS= read -r page; do
  row=$(printf '%-40s' "$page")
  for db in "${dbs_seen[@]}"; do
    row+=$(awk -F'\t' -v d="$db" -v p="$page" '$1 == d && $2 == p { printf " | %7s ms %5s ms", $5, $6; f = 1 } END { if (!f) printf " | %10s %8s", "-", "-" }' "$tsv")
  done
  say "  $row"
done
if (( failed )); then say "FAILED: a page answered other than 200 (see above)"; exit 1; fi
if [[ -n $scratch ]]; then
  for db in $dbs; do [[ $db == postgresql ]] && psql_db postgres -c "drop database if exists bench_console_${lines}_${seed}"; done
  rm -rf "$scratch"
fi
