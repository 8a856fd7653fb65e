#!/usr/bin/env bash
# Benchmark of issues 6 and 17: generate N declaration lines, ingest and settle them on PostgreSQL
# and on H2, verify every settled period, and measure on the same lines PostgreSQL's own COPY (the
# floor) and a plain Spring Batch load (FlatFileItemReader -> JdbcBatchItemWriter, the peer).
#
#   bash bench/run.sh [LINES]          LINES (or env BENCH_LINES) defaults to 1000000
#
# Environment: BENCH_PG_URL (server URL ending in '/', default jdbc:postgresql://127.0.0.1:5432/;
# user BENCH_PG_USER, default postgres, no password: trust auth), BENCH_SEED (default 1),
# BENCH_DIR (work folder, kept, where a generated set is reused; default a new one under /tmp,
# removed after a successful run),
# BENCH_JAVA_OPTS (default -Xmx1g), BENCH_DBS (default "postgresql h2"), BENCH_JAR (default the
# built batch-jobs/target/settlement.jar; built when missing), BENCH_MODE (default "steps": ingest,
# then settle each period twice; "nightly": one `nightly` command, as the scheduler runs it, which is
# how the 5M-line run within -Xmx1g is measured; it prints each step's time: start-up, ingest, settle,
# report), BENCH_SHAPES (default "default"; any of default csv xml mix: `generate --shape`, one set
# each, e.g. "csv xml mix" for issue 17's three shapes). In both modes each period's settle is also
# split, from the log lines that time them, into the settling itself and the reports (each report
# apart) and workbooks written after its publication, with wall and CPU time (issue 17).
#
# It fails (exit 1) when a command fails or `verify` finds a broken invariant, never on time:
# the figures are printed, not judged, so a slow or busy machine cannot fail a build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

lines=${1:-${BENCH_LINES:-1000000}}
seed=${BENCH_SEED:-1}
pg_url=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/}
pg_user=${BENCH_PG_USER:-postgres}
java_opts=${BENCH_JAVA_OPTS:--Xmx1g}
dbs=${BENCH_DBS:-postgresql h2}
shapes=${BENCH_SHAPES:-default}
mode=${BENCH_MODE:-steps}
work=${BENCH_DIR:-}
scratch=
if [[ -z $work ]]; then work=$(mktemp -d /tmp/bench.XXXXXX); scratch=$work; fi
jar=${BENCH_JAR:-$repo/batch-jobs/target/settlement.jar}
as_of=2026-11-23
mkdir -p "$work"
say() { echo "[bench] $*"; }
export PGOPTIONS="-c client_min_messages=warning"

if [[ ! -f $jar ]]; then
  say "building $jar"
  ./mvnw -q -B -ntp package -DskipTests
fi

# host, port and database of the PostgreSQL server, for psql
pg_hostport=${pg_url#jdbc:postgresql://}; pg_hostport=${pg_hostport%%/*}
pg_host=${pg_hostport%%:*}; pg_port=${pg_hostport##*:}; [[ $pg_port == "$pg_host" ]] && pg_port=5432
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$1" "${@:2}"; }
fresh_pg_db() { # name: drop and create a database on the benchmark server
  psql_db postgres -c "drop database if exists $1" -c "create database $1"
}

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
per_sec() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
# peak heap in MiB: the largest heap occupancy before any collection in a -Xlog:gc log
peak_heap() { grep -oE '[0-9]+M->[0-9]+M' "$1" | awk -F'[M>-]' '{ if ($1 > m) m = $1 } END { print m + 0 }'; }

# stamp STEPS: copies its input through, and writes each "nightly: STEP" line's arrival time to STEPS
stamp() {
  : >"$1"
  local line
  while IFS= read -r line; do
    printf '%s\n' "$line"
    if [[ $line == "nightly: "* ]]; then echo "$(now) ${line#nightly: }" >>"$1"; fi
  done
}

# how run starts the JVM: the engine's jar; the peer swaps in its own main class
launch=(-jar "$jar")

# run LABEL LOG ARGS...: one command with GC log, max RSS and CPU time; sets $elapsed, $heap, $rss,
# $cpu (user + system seconds: on a shared machine steadier than the wall time), $started; a
# `nightly`'s step lines arrive with their time in LOG.steps
run() {
  local label=$1 log=$2; shift 2
  local start; start=$(now)
  started=$start
  if ! /usr/bin/time -f '%M %U %S' -o "$log.rss" java $java_opts -Xlog:gc:file="$log.gc" "${launch[@]}" "$@" 2>&1 \
      | stamp "$log.steps" >"$log"; then
    say "FAILED: $label (see $log)"; tail -20 "$log"; exit 1
  fi
  elapsed=$(secs "$start" "$(now)")
  heap=$(peak_heap "$log.gc")
  read -r rss_kb user_s sys_s < <(tail -1 "$log.rss")
  rss=$(( rss_kb / 1024 ))
  cpu=$(awk -v u="$user_s" -v s="$sys_s" 'BEGIN { printf "%.1f", u + s }')
}

# step_times STEPS START: "start-up A s, ingest B s, settle C s, report D s" from a nightly's step
# lines (each step lasts until the next one's line; start-up until the first)
step_times() {
  awk -v t0="$2" '{ if (NR == 1) printf "start-up %.1f s", $1 - t0; else printf ", %s %.1f s", step, $1 - t
    t = $1; step = $2 }' "$1"
}

# settle_split LOG PERIOD: what settle's log lines say of PERIOD (issue 17): the settling itself, then the
# reports and the workbooks written after its publication, each as wall (CPU of the process), the reports
# also one by one
settle_split() {
  awk -v p="$2" '
    # timed(TEXT, WHAT): "W s (CPU C s)" from the "WHAT in N ms (CPU C s)" in TEXT, "" when absent
    function timed(text, what,   m) {
      if (!match(text, what " in [0-9]+ ms \\(CPU [0-9.]+ s\\)")) return ""
      m = substr(text, RSTART + length(what) + 4, RLENGTH - length(what) - 4)
      split(m, f, /[ ()]+/)
      return sprintf("%.1f s (CPU %s s)", f[1] / 1000, f[4])
    }
    index($0, "period " p ": ") == 0 { next }
    timed($0, "settle publish") != "" { job = "settle job " timed($0, "settle publish") }
    timed($0, "risk reports") != "" {
      each = "risk " timed($0, "risk reports") ", results " timed($0, "results") ", signals " timed($0, "signals") }
    timed($0, "reports after publication") != "" { reports = "reports " timed($0, "reports after publication") }
    timed($0, "workbooks after publication") != "" { workbooks = "workbooks " timed($0, "workbooks after publication") }
    END {
      n = 0
      if (job != "") part[++n] = job
      if (reports != "" || each != "") part[++n] = (reports != "" ? reports : "reports") (each != "" ? " [" each "]" : "")
      if (workbooks != "") part[++n] = workbooks
      for (i = 1; i <= n; i++) printf "%s%s", (i > 1 ? ", " : ""), part[i]
      print "" }' "$1"
}

# after_publication_secs LOG PERIOD: the wall seconds of the reports and workbooks written after PERIOD's
# publication, so a whole settle command's time minus these is the settling alone (start-up included)
after_publication_secs() {
  awk -v p="$2" 'index($0, "period " p ": ") && match($0, /(reports|workbooks) after publication in [0-9]+ ms/) {
      split(substr($0, RSTART, RLENGTH), f, " "); s += f[5] / 1000 } END { printf "%.1f", s }' "$1"
}

verify_period() { # db out period: `verify` re-adds the period's statements from the files alone
  if ! java -jar "$jar" verify --out "$2" --period "$3" >"$work/verify-$1-$3.log" 2>&1; then
    say "FAILED: verify $3 on $1"; cat "$work/verify-$1-$3.log"; exit 1
  fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }

summary=()
for shape in $shapes; do
set_name=$lines-$seed
[[ $shape == default ]] || set_name+=-$shape
data=$work/data-$set_name
if [[ ! -d $data/inbox ]]; then
  say "generating $lines lines (seed $seed, shape $shape) into $data"
  java -jar "$jar" generate --out "$data.tmp" --lines "$lines" --seed "$seed" --shape "$shape" | tee "$work/generate-$set_name.log"
  mv "$data.tmp" "$data"
fi
read -r first last < <(sed -nE 's/.*periods ([0-9-]+)\.\.([0-9-]+).*/\1 \2/p' "$work/generate-$set_name.log")
files=$(sed -nE 's/^inbox: ([0-9]+ files \([0-9]+ XML, [0-9]+ CSV\)).*/\1/p' "$work/generate-$set_name.log")
period_list=()
p=$first
while [[ $p < $last || $p == "$last" ]]; do
  period_list+=("$p"); p=$(date -d "$p-01 +1 month" +%Y-%m)
done

# The floor: every inbox line as one CSV row of the 24 declaration fields (converted once, not
# timed), then PostgreSQL's COPY of those rows into an unindexed table of text columns (timed).
rows_csv=$work/rows-$set_name.csv
if [[ ! -f $rows_csv ]]; then
  say "converting the inbox to plain rows for the COPY floor (not timed)"
  java -cp "$jar" -Dloader.main=org.caresettle.batch.bench.FloorRows \
    org.springframework.boot.loader.launch.PropertiesLauncher "$data/inbox" "$rows_csv" >/dev/null
fi
rows=$(wc -l <"$rows_csv")
floor=
if [[ " $dbs " == *" postgresql "* ]]; then
  fresh_pg_db bench_floor
  psql_db bench_floor -c "create unlogged table floor_line_warmup (x int)" -c "drop table floor_line_warmup"
  psql_db bench_floor -c "create table floor_line (message_id text, message_date text, provider_agb text,
    municipality_code text, law text, declaration_number text, period_start text, period_end text,
    declaration_date text, total_cents text, total_dc text, bsn text, reference text, previous_reference text,
    allocation_number text, category text, code text, product_start text, product_end text, volume text,
    unit text, tariff_cents text, amount_cents text, dc text)"
  start=$(now)
  psql_db bench_floor -c "\\copy floor_line from '$rows_csv' with (format csv)"
  floor=$(secs "$start" "$(now)")
  say "COPY floor: $rows rows in $floor s ($(per_sec "$rows" "$floor") rows/s)"
  psql_db postgres -c "drop database bench_floor"
  summary+=("$shape, $files: COPY floor $rows rows in $floor s")
fi

for db in $dbs; do
  out=$work/out-$db-$set_name
  rm -rf "$out"
  case $db in
    postgresql)
      name=bench_$(date +%Y%m%d_%H%M%S)_$$
      fresh_pg_db "$name"
      db_url=${pg_url}${name}
      db_args=(--spring.datasource.url="$db_url" --spring.datasource.username="$pg_user") ;;
    h2)
      rm -rf "$work/h2"
      db_url="jdbc:h2:file:$work/h2/settlement;DB_CLOSE_ON_EXIT=FALSE"
      db_args=(--spring.datasource.url="$db_url") ;;
    *) say "unknown database $db"; exit 2 ;;
  esac
  if [[ $mode == nightly ]]; then
    log=$work/nightly-$db-$set_name.log
    run "nightly on $db" "$log" nightly --data "$data" --out "$out" --as-of "$as_of" "${db_args[@]}"
    steps=$(step_times "$log.steps" "$started")
    ingest_time=$(sed -nE 's/.*ingest ([0-9.]+) s.*/\1/p' <<<"$steps")
    line="$shape $db nightly: $rows lines in $elapsed s = $(per_sec "$rows" "$elapsed") lines/s (CPU $cpu s; $steps); peak heap ${heap} MiB, max RSS ${rss} MiB"
    say "$line"; summary+=("$line")
    for period in "${period_list[@]}"; do # issue 17: each period's settling, reports and workbooks
      line="$shape $db nightly $period: $(settle_split "$log" "$period")"
      say "$line"; summary+=("$line")
    done
    for period in "${period_list[@]}"; do verify_period "$db" "$out" "$period"; done
  else
    run "ingest on $db" "$work/ingest-$db-$set_name.log" ingest --data "$data" --out "$out" --as-of "$as_of" "${db_args[@]}"
    ingest_time=$elapsed
    inbox_step=$(sed -nE 's/^inbox: .*, ([0-9.]+) s, [0-9]+ lines\/s$/\1/p' "$work/ingest-$db-$set_name.log")
    line="$shape $db ingest: $rows lines in $elapsed s = $(per_sec "$rows" "$elapsed") lines/s (inbox step ${inbox_step:-?} s, CPU $cpu s); peak heap ${heap} MiB, max RSS ${rss} MiB"
    say "$line"; summary+=("$line")
    for period in "${period_list[@]}"; do
      run "settle $period on $db" "$work/settle-$db-$period.log" settle --data "$data" --out "$out" --period "$period" "${db_args[@]}"
      settled=$(grep -c . "$out/statements/$period/v1/"detail_*.csv | awk -F: '{ s += $2 - 1 } END { print s }')
      settle_time=$elapsed settle_heap=$heap settle_rss=$rss settle_cpu=$cpu
      # the same command again: inputs unchanged, nothing written; what is left is JVM and Spring
      # start-up plus the fingerprint query, so the difference is the settling itself
      run "settle $period again on $db" "$work/resettle-$db-$period.log" settle --data "$data" --out "$out" --period "$period" "${db_args[@]}"
      grep -q "inputs unchanged" "$work/resettle-$db-$period.log" || { say "FAILED: settle $period again on $db wrote a new version"; exit 1; }
      line="$shape $db settle $period: $settled lines in $settle_time s = $(per_sec "$settled" "$settle_time") lines/s (CPU $settle_cpu s; unchanged re-run $elapsed s); peak heap ${settle_heap} MiB, max RSS ${settle_rss} MiB"
      say "$line"; summary+=("$line")
      # issue 17: the settling apart from the reports and workbooks that follow the publication
      settle_log=$work/settle-$db-$period.log
      alone=$(awk -v a="$settle_time" -v b="$(after_publication_secs "$settle_log" "$period")" 'BEGIN { printf "%.1f", a - b }')
      line="$shape $db settle $period, split: command without what follows publication $alone s; $(settle_split "$settle_log" "$period")"
      say "$line"; summary+=("$line")
      verify_period "$db" "$out" "$period"
    done
  fi
  say "$db: verify passed for ${period_list[*]}"
  # The peer on the same lines, in a fresh table of the same database (whole command, JVM included,
  # as the engine's figures are): no checks, no answers.
  if [[ $db == postgresql ]]; then psql_db postgres -c "drop database $name"; fresh_pg_db "$name"; else rm -rf "$work/h2"; fi
  launch=(-cp "$jar" -Dloader.main=org.caresettle.batch.bench.PeerLoad org.springframework.boot.loader.launch.PropertiesLauncher)
  run "peer on $db" "$work/peer-$db-$set_name.log" "$db_url" "$pg_user" "$rows_csv"
  launch=(-jar "$jar")
  line="$shape $db peer: $(sed -n 's/^peer: //p' "$work/peer-$db-$set_name.log") (load alone), whole command $elapsed s = $(per_sec "$rows" "$elapsed") lines/s (CPU $cpu s); engine/peer = $(ratio "$ingest_time" "$elapsed")"
  if [[ -n $floor && $db == postgresql ]]; then line+=", engine/floor = $(ratio "$ingest_time" "$floor")"; fi
  say "$line"; summary+=("$line")
  if [[ $db == postgresql ]]; then psql_db postgres -c "drop database $name"; fi
done
done

say "summary ($lines lines generated, seed $seed, $(nproc) cores, java options: $java_opts; work folder $work)"
for line in "${summary[@]}"; do say "  $line"; done
if [[ -n $scratch ]]; then rm -rf "$scratch"; fi
