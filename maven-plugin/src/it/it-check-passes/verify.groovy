def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] Programbook: 3 items in scope, 3 covered, 0 with gaps (100.0 % coverage)')
assert log.contains('[INFO]   passed coverage: 100.0 % (3 of 3 applicable items covered), minimum 100.0 %')
assert log.contains('[INFO]   passed coverage of SP.01 Solution staffing: 100.0 % (2 of 2 applicable items covered), minimum 100.0 %')
assert log.contains('[INFO]   passed coverage of SP.12 Backup/Restore: 100.0 % (1 of 1 applicable item covered), minimum 100.0 %')
assert log.contains('[INFO]   passed gap kind evidence-missing: none')
assert log.contains('[INFO]   passed evidence age: no evidence older than 12 months before 2026-10-01')
assert log.contains('[INFO] Programbook check passed: 15 gates')
assert !log.contains('[WARNING]')

// generate wrote every trace output next to the handbook
def out = new File(basedir, 'target/programbook')
['handbook.adoc', 'traceability-matrix.adoc', 'traceability-matrix.csv', 'traceability-matrix.xlsx', 'traceability-matrix.json',
 'gap-report.adoc', 'coverage.json'].each { assert new File(out, it).isFile() : "$it was not written" }
def coverage = new groovy.json.JsonSlurper().parse(new File(out, 'coverage.json'))
assert coverage.totals.coveragePercent == 100.0
assert coverage.totals.covered == 3
return true
