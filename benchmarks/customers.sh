#!/usr/bin/env bash
# Customer editions (docs/customers.md, issue 14 item 5): what one build serving 20 customers costs
# against one edition, and a no-op rebuild of it. Whole Maven processes of programbook:generate
# (mvn -o) on copies of the bundled example, formats html,pdf, one after the other:
#   one       the example without customers: its customers/ folder and the statements scoped to a
#             customer removed, its customer-scoped evidence made common (the provider's edition
#             shows it anyway): one edition                                  (target/ deleted first)
#   twenty    the example with 20 customers (its two, and the dairy's folder copied 18 times under
#             new ids and names): 21 editions, on the default threads (one per processor)
#                                                                            (target/ deleted first)
#   twenty-1  the same with -Dprogrambook.threads=1: the editions one after the other
#                                                                            (target/ deleted first)
#   noop      twenty again, nothing changed: wall time of the process, and the goal's own time
#             from its log ("up to date (0.31 s)")
# Each line: wall-clock seconds, CPU seconds (user + system, all threads: the fairer figure when
# other processes share the machine), peak RSS of the Maven process, the goal's own time from its
# log, the load average before. The target of issue 14: twenty at most 4 times one on 2 cores,
# noop under 1 s of goal time.
#
#   benchmarks/customers.sh [--runs N] [--skip-build] [--customers N] [--formats html,pdf]
#
# --skip-build uses the Programbook already installed into maven-plugin/target/local-repo (by an
# earlier run of this script or of benchmarks/run.sh); never ~/.m2. Results: the table on stdout
# and in benchmarks/target/customers/results.md, logs in benchmarks/target/customers/logs/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/benchmarks/target/customers
RUNS=1
BUILD=yes
CUSTOMERS=20
FORMATS=html,pdf
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --skip-build) BUILD=no; shift ;;
    --customers) CUSTOMERS=$2; shift 2 ;;
    --formats) FORMATS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ "$CUSTOMERS" -lt 2 ]; then
  echo "--customers: at least the example's 2" >&2
  exit 2
fi

# The Maven the wrapper uses (3.9.x), else the one on the PATH.
MVN=${MVN:-$(find "$HOME/.m2/wrapper/dists" -path '*/bin/mvn' 2>/dev/null | sort | tail -1)}
MVN=${MVN:-mvn}
REPO=$ROOT/maven-plugin/target/local-repo
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
PLUGIN=io.programbook:programbook-maven-plugin:$VERSION:generate
EXAMPLE=$ROOT/examples/nordwind-automation/src/programbook

if [ "$BUILD" = yes ]; then
  echo "== building Programbook and installing it into $REPO (not ~/.m2)"
  (cd "$ROOT" && ./mvnw -o -B -q verify -DskipTests -pl maven-plugin -am)
fi
if [ ! -d "$REPO/io/programbook/programbook-maven-plugin/$VERSION" ]; then
  echo "Programbook $VERSION is not in $REPO: run without --skip-build" >&2
  exit 1
fi

rm -rf "$WORK"
mkdir -p "$WORK/logs"
cat > "$WORK/settings.xml" <<XML
<settings><mirrors><mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>file://$HOME/.m2/repository</url></mirror></mirrors></settings>
XML

project() { # project NAME: a Maven project with the plugin, the example's program copied in
  local dir=$WORK/$1
  mkdir -p "$dir/src"
  cp -r "$EXAMPLE" "$dir/src/programbook"
  cat > "$dir/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$1</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.programbook</groupId><artifactId>programbook-maven-plugin</artifactId><version>$VERSION</version>
  </plugin></plugins></build>
</project>
XML
}

# (a) one edition: no customers, nothing scoped to one
project one
ONE=$WORK/one/src/programbook
rm -rf "$ONE/customers"
# a statement scoped to customers (its "customers:" at the statement's level) is its file's only kind
for file in $(grep -l '^    customers:' "$ONE"/statements/*.yaml); do rm "$file"; done
# evidence scoped to a customer becomes common
sed -i '/^        customers: \[/d' "$ONE"/statements/*.yaml
if grep -rq 'customers:' "$ONE/statements"; then
  echo "the example scopes content in a way this script does not know; see $ONE/statements" >&2
  exit 1
fi

# (b) twenty customers: the example's two and copies of the dairy
project twenty
TWENTY=$WORK/twenty/src/programbook
for i in $(seq 3 "$CUSTOMERS"); do
  id=$(printf 'dairy-%02d' "$i")
  cp -r "$TWENTY/customers/kranichsee" "$TWENTY/customers/$id"
  sed -i "s/^name: .*/name: Dairy $i eG/" "$TWENTY/customers/$id/customer.yaml"
done
editions=$(( $(find "$TWENTY/customers" -name customer.yaml | wc -l) + 1 ))

load() { cut -d' ' -f1 /proc/loadavg; }

# measure LABEL PROJECT CLEAN ARGS... : one Maven process; appends a row to the table
measure() {
  local label=$1 name=$2 clean=$3; shift 3
  local dir=$WORK/$name log=$WORK/logs/$label-$run.log
  [ "$clean" = clean ] && rm -rf "$dir/target"
  local before; before=$(load)
  local start; start=$(date +%s.%N)
  if ! (cd "$dir" && /usr/bin/time -f "%M %U %S" -o "$WORK/time" $MVN -B -o -s "$WORK/settings.xml" \
      -Dmaven.repo.local="$REPO" "$PLUGIN" -Dprogrambook.formats="$FORMATS" "$@" > "$log" 2>&1); then
    echo "| $run | $label | failed, see $log | | | | |" | tee -a "$RESULTS"
    return 0
  fi
  local end; end=$(date +%s.%N)
  local usage; usage=$(tail -1 "$WORK/time")
  local goal; goal=$(sed -n 's/.*\(generated in \|are up to date (\)\([0-9.]*\) s.*/\2/p' "$log" | tail -1)
  local wall; wall=$(awk "BEGIN{printf \"%.1f\", $end - $start}")
  WALL[$label]=$wall
  printf "| %d | %s | %s | %.1f | %d | %s | %s |\n" "$run" "$label" "$wall" \
    "$(echo "$usage" | awk '{print $2 + $3}')" "$(( $(echo "$usage" | cut -d' ' -f1) / 1024 ))" \
    "${goal:-?}" "$before" | tee -a "$RESULTS"
}

RESULTS=$WORK/results.md
{
  echo "Customer editions: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'),"
  echo "$(java -version 2>&1 | head -1), formats $FORMATS, one = 1 edition, twenty = $editions editions"
  echo "(the provider's and $((editions - 1)) customers'), load average before each run in the last column."
  echo
  echo "| run | case | wall s | CPU s | peak RSS MB | goal s (log) | load before |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
} | tee "$RESULTS"

# a first run, not measured, copies what the plugin needs from ~/.m2 into the isolated repository
(cd "$WORK/one" && $MVN -B -q -s "$WORK/settings.xml" -Dmaven.repo.local="$REPO" "$PLUGIN" \
  -Dprogrambook.formats=adoc > "$WORK/logs/warm-up.log" 2>&1)

declare -A WALL
RATIOS=()
for run in $(seq 1 "$RUNS"); do
  measure one one clean
  measure twenty twenty clean
  measure noop twenty keep
  measure twenty-1 twenty clean -Dprogrambook.threads=1
  if [ -n "${WALL[one]:-}" ] && [ -n "${WALL[twenty]:-}" ]; then
    RATIOS+=("$(awk "BEGIN{printf \"%.1f\", ${WALL[twenty]} / ${WALL[one]}}")")
  fi
  if ! grep -q "up to date" "$WORK/logs/noop-$run.log"; then
    echo "warning: the no-op run of round $run rendered again, see $WORK/logs/noop-$run.log" | tee -a "$RESULTS"
  fi
done
echo | tee -a "$RESULTS"
echo "twenty / one (wall), per run: ${RATIOS[*]:-none} (target: at most 4)" | tee -a "$RESULTS"
ls "$WORK/twenty/target/programbook/customers" | wc -l | xargs -I{} echo "customer folders written by the last twenty-1 run: {}" | tee -a "$RESULTS"
