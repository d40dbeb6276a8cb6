#!/usr/bin/env bash
# The cost of Word documents: programbook:generate on a copy of the bundled example with
# formats html, then html,docx, each RUNS times in turn (output folder deleted before every run),
# as whole Maven processes (mvn -o). Prints wall-clock and CPU seconds (user + system) per run.
# Run benchmarks/run.sh once before (or its build step), which installs Programbook into
# maven-plugin/target/local-repo; this script uses that repository.
#
#   benchmarks/docx.sh [RUNS]          (default 3)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-3}
WORK=$ROOT/benchmarks/target/docx
MVN=${MVN:-$(find "$HOME/.m2/wrapper/dists" -path '*/bin/mvn' 2>/dev/null | sort | tail -1)}
MVN=${MVN:-mvn}
REPO=$ROOT/maven-plugin/target/local-repo
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
rm -rf "$WORK" && mkdir -p "$WORK/example"
cp -r "$ROOT/examples/nordwind-automation/src" "$WORK/example/"
cat > "$WORK/settings.xml" <<XML
<settings><mirrors><mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>file://$HOME/.m2/repository</url></mirror></mirrors></settings>
XML
cat > "$WORK/example/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>example</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.programbook</groupId><artifactId>programbook-maven-plugin</artifactId><version>$VERSION</version>
  </plugin></plugins></build>
</project>
XML
# a first run, not measured, copies what the plugin needs from ~/.m2 into the isolated repository
(cd "$WORK/example" && $MVN -B -q -s "$WORK/settings.xml" -Dmaven.repo.local="$REPO" \
  io.programbook:programbook-maven-plugin:$VERSION:generate -Dprogrambook.formats=html,docx > "$WORK/warm-up.log" 2>&1)
echo "| run | formats | wall s | CPU s | load avg before |"
echo "| ---: | --- | ---: | ---: | ---: |"
for run in $(seq 1 "$RUNS"); do
  for formats in html html,docx; do
    rm -rf "$WORK/example/target"
    before=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s.%N)
    (cd "$WORK/example" && /usr/bin/time -f "%U %S" -o "$WORK/time" $MVN -B -o -q -s "$WORK/settings.xml" \
      -Dmaven.repo.local="$REPO" io.programbook:programbook-maven-plugin:$VERSION:generate \
      -Dprogrambook.formats=$formats > "$WORK/run-$run-$formats.log" 2>&1)
    end=$(date +%s.%N)
    printf "| %d | %s | %.1f | %.1f | %s |\n" "$run" "$formats" "$(awk "BEGIN{print $end - $start}")" \
      "$(tail -1 "$WORK/time" | awk '{print $1 + $2}')" "$before"
  done
done
ls -l "$WORK/example/target/programbook/"*.docx | awk '{print "- " $9 ": " $5 " bytes"}'
