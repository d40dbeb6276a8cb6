#!/usr/bin/env bash
# Programbook benchmark: our generate goal against the asciidoctor-maven-plugin 3.2.0 converting
# the same AsciiDoc, on synthetic programs of 123, 1,000 and 5,000 items and on the bundled example.
# Not part of any build; results go to benchmarks/target/results.md (copy them to docs/benchmarks.md).
#
#   benchmarks/run.sh [--sizes "123 1000 5000"] [--no-example] [--jvm "OPTIONS"] [--timeout SECONDS]
#                     [--skip-build] [--name NAME]
#
# Every measurement is a whole Maven process (mvn -o, warm local repository), one after the other
# on the same machine, on the same generated handbook.adoc, timed wall-clock and in CPU seconds
# (user + system, all threads: the fairer figure when other processes share the machine):
#   ours-html      programbook:generate, formats html        (target/programbook cleaned first)
#   ours-pdf       programbook:generate, formats pdf         (cleaned first)
#   ours-html+pdf  programbook:generate, formats html,pdf    (cleaned first)
#   ours-noop      the same again, nothing changed           (plus the goal's own time from its log)
#   ours-edit-html after an html build, one statement edited, html again (ratio against ours-html)
#   ours-edit-pdf  the same with pdf (ratio against ours-pdf)
#   amp-html       asciidoctor-maven-plugin, backend html5   on the handbook.adoc ours wrote
#   amp-pdf        asciidoctor-maven-plugin, backend pdf     (asciidoctorj-pdf 2.3.23)
#   core           the core pipeline alone (load, validate, trace, render AsciiDoc) in a fresh JVM,
#                  once with the JVM defaults and once with -XX:TieredStopAtLevel=1,
#                  with -Xmx512m: cold run, warm median, peak heap
# --jvm sets JVM options for every Maven process of the run, through each benchmark project's own
# .mvn/jvm.config (default: none, the JVM's defaults). --name NAME writes results-NAME.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/benchmarks/target
SIZES="123 1000 5000"
EXAMPLE=yes
JVM_OPTS=""
TIMEOUT=1200
BUILD=yes
NAME=default
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --example) EXAMPLE=yes; shift ;;
    --no-example) EXAMPLE=no; shift ;;
    --jvm) JVM_OPTS=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --skip-build) BUILD=no; shift ;;
    --name) NAME=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

# The Maven the wrapper uses (3.9.x), else the one on the PATH.
MVN=${MVN:-$(find "$HOME/.m2/wrapper/dists" -path '*/bin/mvn' 2>/dev/null | sort | tail -1)}
MVN=${MVN:-mvn}
OFFLINE=-o
REPO=$ROOT/maven-plugin/target/local-repo
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
mkdir -p "$WORK"
RESULTS=$WORK/results-$NAME.md
CSV=$WORK/results-$NAME.csv

if [ "$BUILD" = yes ]; then
  echo "== building Programbook and installing it into $REPO (not ~/.m2)"
  (cd "$ROOT" && ./mvnw -o -B -q verify -DskipTests -pl maven-plugin -am)
fi

# Everything resolves from the user's local repository, copied into the isolated one on first use.
cat > "$WORK/settings.xml" <<EOF
<settings>
  <mirrors>
    <mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>file://$HOME/.m2/repository</url></mirror>
  </mirrors>
</settings>
EOF

echo "== compiling the benchmark helpers"
CORE_JARS="$ROOT/generator-core/target/programbook-generator-core-$VERSION.jar:$ROOT/templates/target/programbook-templates-$VERSION.jar:$ROOT/catalog/target/programbook-catalog-$VERSION.jar"
# resolved from the isolated repository, where the build step installed Programbook and its dependencies
(cd "$ROOT" && ./mvnw -B -q -s "$WORK/settings.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -pl generator-core \
  -Dmaven.repo.local="$REPO" -Dmdep.includeScope=runtime -Dmdep.excludeGroupIds=io.programbook \
  -Dmdep.outputFile="$WORK/core.classpath")
CORE_CP="$CORE_JARS:$(cat "$WORK/core.classpath")"
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$CORE_CP" "$ROOT/benchmarks/src/CorePipeline.java"

CATALOGS=$WORK/catalogs
rm -rf "$CATALOGS"
mkdir -p "$CATALOGS"

machine() {
  echo "- CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); memory: $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "- Java: $(java -version 2>&1 | head -1); Maven: $($MVN -v 2>/dev/null | head -1)"
  echo "- JVM options of the measured Maven processes: ${JVM_OPTS:-none, the JVM defaults}"
}

load() { cut -d' ' -f1 /proc/loadavg; }

# time_run NAME DIR ARGS... : runs mvn in DIR, prints "seconds cpu_seconds peak_rss_mb load_before"
time_run() {
  local name=$1 dir=$2; shift 2
  local before; before=$(load)
  local start; start=$(date +%s.%N)
  if ! (cd "$dir" && timeout "$TIMEOUT" /usr/bin/time -f "%M %U %S" -o "$WORK/rss" $MVN -B $OFFLINE -s "$WORK/settings.xml" \
      -Dmaven.repo.local="$REPO" "$@" > "$WORK/logs/$name.log" 2>&1); then
    echo "stopped-after-${TIMEOUT}s - - $before"
    return 0
  fi
  local end; end=$(date +%s.%N)
  local usage; usage=$(tail -1 "$WORK/rss")
  printf "%.1f %.1f %d %s\n" "$(awk "BEGIN{print $end - $start}")" "$(echo "$usage" | awk '{print $2 + $3}')" \
    "$(( $(echo "$usage" | cut -d' ' -f1) / 1024 ))" "$before"
}

project() { # project DIR WITH_CATALOG_DEPENDENCY
  local dir=$1 dependency=""
  if [ "$2" = yes ]; then
    dependency="<dependencies><dependency><groupId>io.programbook.bench</groupId><artifactId>bench-catalogs</artifactId><version>1</version></dependency></dependencies>"
  fi
  mkdir -p "$dir/.mvn"
  echo "$JVM_OPTS" > "$dir/.mvn/jvm.config"
  cat > "$dir/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$(basename "$dir")</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.programbook</groupId><artifactId>programbook-maven-plugin</artifactId><version>$VERSION</version>
    <executions><execution><goals><goal>generate</goal></goals></execution></executions>
    $dependency
  </plugin></plugins></build>
</project>
EOF
  mkdir -p "$dir/amp/.mvn" "$dir/amp/src/docs/asciidoc"
  echo "$JVM_OPTS" > "$dir/amp/.mvn/jvm.config"
  cat > "$dir/amp/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>amp</artifactId><version>1</version><packaging>pom</packaging>
  <properties><backend>html5</backend></properties>
  <build><plugins><plugin>
    <groupId>org.asciidoctor</groupId><artifactId>asciidoctor-maven-plugin</artifactId><version>3.2.0</version>
    <executions><execution><phase>generate-resources</phase><goals><goal>process-asciidoc</goal></goals></execution></executions>
    <dependencies>
      <dependency><groupId>org.asciidoctor</groupId><artifactId>asciidoctorj-pdf</artifactId><version>2.3.23</version></dependency>
    </dependencies>
    <configuration>
      <sourceDirectory>src/docs/asciidoc</sourceDirectory>
      <outputDirectory>target/${backend}</outputDirectory>
      <backend>${backend}</backend>
      <attributes><reproducible/></attributes>
    </configuration>
  </plugin></plugins></build>
</project>
EOF
}

# edit_statement DIR: appends a word to the first line of the first statement's text
edit_statement() {
  local file; file=$(find "$1/src/programbook/statements" -name '*.yaml' | sort | head -1)
  awk 'done == 0 && pending == 1 { $0 = $0 " Edited"; done = 1 }
       done == 0 && /^ +text: [|>]/ { pending = 1 }
       done == 0 && pending == 0 && /^ +text: [^|>]/ { $0 = $0 " Edited"; done = 1 }
       { print }' "$file" > "$file.tmp" && mv "$file.tmp" "$file"
}

mkdir -p "$WORK/logs"
CASES=""
for size in $SIZES; do
  dir=$WORK/p$size
  rm -rf "$dir"
  java "$ROOT/benchmarks/src/SyntheticProgram.java" "$size" "$dir" "$CATALOGS" \
    "$ROOT/catalog/src/main/resources/programbook/catalogs/iec-62443-2-4/2023.yaml"
  CASES="$CASES p$size"
done
if [ "$EXAMPLE" = yes ]; then
  rm -rf "$WORK/example" && mkdir -p "$WORK/example"
  cp -r "$ROOT/examples/nordwind-automation/src" "$WORK/example/"
  CASES="example $CASES"
fi
(cd "$CATALOGS" && jar cf "$WORK/bench-catalogs.jar" .)
(cd "$WORK" && $MVN -B -q -s "$WORK/settings.xml" -Dmaven.repo.local="$REPO" \
  org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file -Dfile="$WORK/bench-catalogs.jar" \
  -DgroupId=io.programbook.bench -DartifactId=bench-catalogs -Dversion=1 -Dpackaging=jar)

{
  echo "# Benchmark results ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  machine
  echo
  echo "| case | items | sections | measurement | wall s | CPU s | ratio wall | ratio CPU | peak RSS MB | load avg before |"
  echo "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$RESULTS"
echo "case,measurement,seconds,cpu,rss_mb,load" > "$CSV"

for cname in $CASES; do
  dir=$WORK/$cname
  project "$dir" "$( [ "$cname" = example ] || [ "$cname" = p123 ] && echo no || echo yes)"
  items=${cname#p}; [ "$cname" = example ] && items=105
  echo "== $cname: warm-up (copies plugins from ~/.m2 into the isolated repository; not timed)"
  OFFLINE=""
  time_run "$cname-warmup" "$dir" package -Dprogrambook.formats=html > /dev/null
  cp "$dir/target/programbook/handbook.adoc" "$dir/amp/src/docs/asciidoc/handbook.adoc"
  time_run "$cname-amp-warmup" "$dir/amp" package -Dbackend=html5 > /dev/null
  OFFLINE=-o
  sections=$(grep -c '^==\+ ' "$dir/amp/src/docs/asciidoc/handbook.adoc" || true)
  if ! ls "$dir"/amp/target/html5/handbook.html > /dev/null 2>&1; then
    echo "the asciidoctor-maven-plugin wrote no HTML: see $WORK/logs/$cname-amp-warmup.log" >&2
    exit 1
  fi

  declare -A T=()
  declare -A C=()
  for m in ours-html ours-pdf ours-html+pdf ours-noop ours-edit-html ours-edit-pdf amp-html amp-pdf; do
    case $m in
      # one statement's text edited after a build of the same format (not timed): what an author pays
      ours-edit-html) (cd "$dir" && $MVN -B -o -q -s "$WORK/settings.xml" -Dmaven.repo.local="$REPO" package -Dprogrambook.formats=html > /dev/null)
        edit_statement "$dir"; r=$(time_run "$cname-$m" "$dir" package -Dprogrambook.formats=html) ;;
      ours-edit-pdf) (cd "$dir" && $MVN -B -o -q -s "$WORK/settings.xml" -Dmaven.repo.local="$REPO" package -Dprogrambook.formats=pdf > /dev/null)
        edit_statement "$dir"; r=$(time_run "$cname-$m" "$dir" package -Dprogrambook.formats=pdf) ;;
      ours-html) rm -rf "$dir/target"; r=$(time_run "$cname-$m" "$dir" package -Dprogrambook.formats=html) ;;
      ours-pdf) rm -rf "$dir/target"; r=$(time_run "$cname-$m" "$dir" package -Dprogrambook.formats=pdf) ;;
      ours-html+pdf) rm -rf "$dir/target"; r=$(time_run "$cname-$m" "$dir" package -Dprogrambook.formats=html,pdf) ;;
      ours-noop) r=$(time_run "$cname-$m" "$dir" package -Dprogrambook.formats=html,pdf) ;;
      amp-html) rm -rf "$dir/amp/target"; r=$(time_run "$cname-$m" "$dir/amp" package -Dbackend=html5) ;;
      amp-pdf) rm -rf "$dir/amp/target"; r=$(time_run "$cname-$m" "$dir/amp" package -Dbackend=pdf) ;;
    esac
    T[$m]=$(echo "$r" | cut -d' ' -f1)
    C[$m]=$(echo "$r" | cut -d' ' -f2)
    echo "$cname,$m,$r" | tr ' ' ',' >> "$CSV"
    echo "   $m: $r"
  done
  goal=$(sed -n 's/.*up to date (\([0-9.]*\) s).*/\1/p' "$WORK/logs/$cname-ours-noop.log" | head -1)
  ratio() { if [[ "$1" =~ ^[0-9.]+$ && "$2" =~ ^[0-9.]+$ ]]; then awk "BEGIN{printf \"%.2f\", $1 / $2}"; else echo "–"; fi; }
  sum() { [[ "$1" =~ ^[0-9.]+$ && "$2" =~ ^[0-9.]+$ ]] && awk "BEGIN{print $1 + $2}" || echo ""; }
  while IFS=, read -r c m s cpu rss l; do
    [ "$c" = "$cname" ] || continue
    case $m in
      ours-html|ours-noop) ref=${T[amp-html]}; cref=${C[amp-html]} ;;
      ours-edit-html) ref=${T[ours-html]}; cref=${C[ours-html]} ;;
      ours-edit-pdf) ref=${T[ours-pdf]}; cref=${C[ours-pdf]} ;;
      ours-pdf) ref=${T[amp-pdf]}; cref=${C[amp-pdf]} ;;
      ours-html+pdf) ref=$(sum "${T[amp-html]}" "${T[amp-pdf]}"); cref=$(sum "${C[amp-html]}" "${C[amp-pdf]}") ;;
      *) ref=""; cref="" ;;
    esac
    label=$m; [ "$m" = ours-noop ] && label="ours-noop (goal itself: ${goal:-?} s)"
    [ "$m" = ours-html+pdf ] && label="ours-html+pdf (vs amp html + amp pdf)"
    [ "$m" = ours-edit-html ] && label="ours-edit-html (one statement edited; vs ours-html, clean)"
    [ "$m" = ours-edit-pdf ] && label="ours-edit-pdf (one statement edited; vs ours-pdf, clean)"
    echo "| $cname | $items | $sections | $label | $s | $cpu | $( [ -n "$ref" ] && ratio "$s" "$ref" ) | $( [ -n "$cref" ] && ratio "$cpu" "$cref" ) | $rss | $l |" >> "$RESULTS"
  done < "$CSV"
  unset T C

  # JVM defaults, then the quick-compiler setting the README recommends for .mvn/jvm.config
  for core_opts in "" "-XX:TieredStopAtLevel=1"; do
    echo "== $cname: core pipeline ${core_opts:-(JVM defaults)}"
    before=$(load)
    core=$(java -Xmx512m $core_opts -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
      -cp "$WORK/classes:$CORE_CP:$CATALOGS" CorePipeline "$dir" 5 | tail -1)
    echo "| $cname | $items | $sections | core pipeline alone, -Xmx512m ${core_opts}: cold s / warm s / peak heap MB | $(echo "$core" | awk '{print $1 " / " $2 " / " $3}') | | | | | $before |" >> "$RESULTS"
    echo "   core: $core"
  done
done

echo
cat "$RESULTS"
