#!/usr/bin/env bash
# Issue 7 measurement: the same `nightly` on a generated data set, once in one process and once as a
# manager (`nightly --distributed`) with two `worker` processes on this machine, each JVM with
# BENCH_JAVA_OPTS (default -Xmx1g), on PostgreSQL and RabbitMQ. Prints the wall time of each run and
# the CPU time (user + system) of every process, then checks that answers, files.csv and statements
# are byte-identical between the two runs and that `verify` passes on the distributed output.
#
#   BENCH_LINES=1000000 BENCH_DIR=/tmp/dist1m bash bench/distributed.sh
#
# Needs the jar (./mvnw -o -q -DskipTests package), PostgreSQL (BENCH_PG_URL, default
# jdbc:postgresql://127.0.0.1:5432/, user BENCH_PG_USER, default postgres) and RabbitMQ
# (BENCH_AMQP_HOST, default 127.0.0.1:5672, guest/guest). Fails (exit 1) on a failed command, a
# difference or a failed verify, never on time.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

lines=${BENCH_LINES:-1000000}
seed=${BENCH_SEED:-1}
pg_url=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/}
pg_user=${BENCH_PG_USER:-postgres}
amqp_host=${BENCH_AMQP_HOST:-127.0.0.1}
java_opts=${BENCH_JAVA_OPTS:--Xmx1g}
work=${BENCH_DIR:-/tmp/bench-distributed}
jar=${BENCH_JAR:-$repo/batch-jobs/target/settlement.jar}
as_of=2026-11-23
say() { echo "[distributed] $*"; }
export PGOPTIONS="-c client_min_messages=warning"

pg_hostport=${pg_url#jdbc:postgresql://}; pg_hostport=${pg_hostport%%/*}
pg_host=${pg_hostport%%:*}; pg_port=${pg_hostport##*:}; [[ $pg_port == "$pg_host" ]] && pg_port=5432
fresh_pg_db() { psql -X -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "drop database if exists $1" -c "create database $1"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
cpu_of() { awk '{ printf "%.1f", $2 + $3 }' "$1"; } # a /usr/bin/time -f '%M %U %S' file

mkdir -p "$work"
data=$work/data
if [[ ! -d $data ]]; then
  say "generating $lines lines (seed $seed)"
  java -jar "$jar" generate --out "$data" --lines "$lines" --seed "$seed" >"$work/generate.log"
fi

# one process
db_single=dist_single_$$
fresh_pg_db "$db_single"
rm -rf "$work/out-single"
say "nightly in one process"
start=$(now)
/usr/bin/time -f '%M %U %S' -o "$work/single.time" java $java_opts -jar "$jar" nightly --data "$data" \
  --out "$work/out-single" --as-of "$as_of" --spring.datasource.url="${pg_url}${db_single}" \
  --spring.datasource.username="$pg_user" >"$work/single.log" 2>&1 || { cat "$work/single.log"; exit 1; }
single_wall=$(secs "$start" "$(now)")

# a manager and two workers
db_dist=dist_manager_$$
fresh_pg_db "$db_dist"
rm -rf "$work/out-distributed"
shared=(--spring.datasource.url="${pg_url}${db_dist}" --spring.datasource.username="$pg_user"
  --spring.rabbitmq.host="$amqp_host" --spring.rabbitmq.username=guest --spring.rabbitmq.password=guest
  --settlement.partitions.queue="settlement.partitions.bench.$$")
workers=()
for w in 1 2; do
  java $java_opts -jar "$jar" worker "${shared[@]}" >"$work/worker-$w.log" 2>&1 &
  workers+=($!)
done
trap 'kill -TERM "${workers[@]}" 2>/dev/null || true' EXIT
for w in 1 2; do
  until grep -q "running partitions from queue" "$work/worker-$w.log"; do sleep 0.2; done
done
say "nightly --distributed with two workers"
start=$(now)
/usr/bin/time -f '%M %U %S' -o "$work/manager.time" java $java_opts -jar "$jar" nightly --data "$data" \
  --out "$work/out-distributed" --as-of "$as_of" --distributed "${shared[@]}" >"$work/manager.log" 2>&1 \
  || { cat "$work/manager.log"; exit 1; }
dist_wall=$(secs "$start" "$(now)")
# a worker outlives the run: its CPU time so far (utime + stime of /proc/PID/stat) is the run's
worker_cpu=()
for pid in "${workers[@]}"; do
  worker_cpu+=("$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")")
done
kill -TERM "${workers[@]}"; wait "${workers[@]}" || true
trap - EXIT

for part in responses files.csv statements; do
  diff -r "$work/out-single/$part" "$work/out-distributed/$part" >/dev/null \
    || { say "FAILED: $part differs between the two runs"; exit 1; }
done
for period in $(ls "$work/out-distributed/statements"); do
  java -jar "$jar" verify --out "$work/out-distributed" --period "$period" >"$work/verify-$period.log" 2>&1 \
    || { say "FAILED: verify $period"; cat "$work/verify-$period.log"; exit 1; }
done
ran() { grep -c "partition $2.* COMPLETED" "$work/worker-$1.log" || true; }

say "summary ($lines lines, seed $seed, $(nproc) cores, java options: $java_opts; work folder $work)"
say "  one process:        wall $single_wall s, CPU $(cpu_of "$work/single.time") s"
say "  manager + 2 workers: wall $dist_wall s; CPU manager $(cpu_of "$work/manager.time") s," \
  "worker 1 ${worker_cpu[0]} s, worker 2 ${worker_cpu[1]} s"
say "  partitions run: worker 1 $(ran 1 ingestPartitionStep) ingest + $(ran 1 settleRegionStep) settle," \
  "worker 2 $(ran 2 ingestPartitionStep) ingest + $(ran 2 settleRegionStep) settle"
say "  responses/, files.csv, statements/ identical; verify passed for $(ls "$work/out-distributed/statements" | tr '\n' ' ')"
for db in "$db_single" "$db_dist"; do
  psql -X -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "drop database $db"
done
