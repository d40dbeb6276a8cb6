#!/usr/bin/env bash
# Edit-to-reload latency of the live preview (programbook:serve), on the bundled example and on
# synthetic programs: the preview runs on each, a client listens to its build events as a page
# does, a statement is edited N times, and each edit is timed until the served handbook.html holds
# the new text. Not part of any build; results go to benchmarks/target/preview/results.md (copy them
# to docs/benchmarks.md).
#
#   benchmarks/preview-latency.sh [--edits N] [--warmup N] [--sizes "1000"] [--no-example] [--skip-build]
#                                 [--jvm "OPTIONS"]
#
# --warmup N edits (default 10) are made first and not counted: the JVM compiles a build's code
# during the first minutes of a session. --jvm sets options of the preview's JVM (as a project's
# .mvn/jvm.config would for programbook:serve).
#
# The preview and the client run in one JVM (the client only waits on a socket); the preview is the
# code programbook:serve runs, without Maven around it (Maven's start is paid once per session).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/benchmarks/target/preview
EDITS=30
WARMUP=10
JVM_OPTS=""
SIZES="1000"
EXAMPLE=yes
BUILD=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --edits) EDITS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --jvm) JVM_OPTS=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --no-example) EXAMPLE=no; shift ;;
    --skip-build) BUILD=no; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
mkdir -p "$WORK"

CORE_JARS="$ROOT/generator-core/target/programbook-generator-core-$VERSION.jar:$ROOT/templates/target/programbook-templates-$VERSION.jar:$ROOT/catalog/target/programbook-catalog-$VERSION.jar"
if [ "$BUILD" = yes ] || [ ! -f "$WORK/core.classpath" ]; then
  echo "== packaging the core (no install) and writing its class path"
  (cd "$ROOT" && ./mvnw -o -B -q package -DskipTests org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -pl generator-core -am -Dmdep.includeScope=runtime -Dmdep.excludeGroupIds=io.programbook \
    -Dmdep.outputFile="$WORK/core.classpath")
fi
CORE_CP="$CORE_JARS:$(cat "$WORK/core.classpath")"
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$CORE_CP" "$ROOT/benchmarks/src/PreviewLatency.java"

CATALOGS=$WORK/catalogs
rm -rf "$CATALOGS" && mkdir -p "$CATALOGS"
CASES=""
if [ "$EXAMPLE" = yes ]; then
  rm -rf "$WORK/example" && mkdir -p "$WORK/example/src"
  cp -r "$ROOT/examples/nordwind-automation/src/programbook" "$WORK/example/src/"
  CASES="example"
fi
for size in $SIZES; do
  rm -rf "$WORK/p$size"
  java "$ROOT/benchmarks/src/SyntheticProgram.java" "$size" "$WORK/p$size" "$CATALOGS" \
    "$ROOT/catalog/src/main/resources/programbook/catalogs/iec-62443-2-4/2023.yaml"
  CASES="$CASES p$size"
done

RESULTS=$WORK/results.md
{
  echo "Live preview, edit to reload ($EDITS edits each after $WARMUP warm-up edits; $(date -u +%Y-%m-%d\ %H:%M) UTC)"
  echo
  echo "- CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); Java: $(java -version 2>&1 | head -1)"
  echo "- JVM options of the preview: ${JVM_OPTS:-none, the JVM defaults}"
  echo
  echo "| program | edits | p50 | p95 | max | build p50 | build p95 | CPU p50 | CPU p95 | first build | load before |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$RESULTS"
for c in $CASES; do
  echo "== $c"
  before=$(cut -d' ' -f1 /proc/loadavg)
  # shellcheck disable=SC2086
  java $JVM_OPTS -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -cp "$WORK/classes:$CORE_CP:$CATALOGS" PreviewLatency "$WORK/$c" "$EDITS" "$c" "$WARMUP" | tee "$WORK/$c.log"
  grep '^SUMMARY' "$WORK/$c.log" | awk -v load="$before" '{printf "| %s | %s | %s ms | %s ms | %s ms | %s ms | %s ms | %s ms | %s ms | %s s | %s |\n", $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, load}' >> "$RESULTS"
done
echo
cat "$RESULTS"
