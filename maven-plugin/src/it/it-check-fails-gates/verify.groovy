def log = new File(basedir, 'build.log').text

// the trace outputs are written by generate before the check fails the build
assert new File(basedir, 'target/programbook/gap-report.adoc').isFile()

assert log.contains('[INFO] Programbook: 4 items in scope, 1 covered, 3 with gaps (25.0 % coverage)')
// one summary: every failed gate and the items behind it (<SP.12> overrides minimumAreaCoverage)
def summary = '''Programbook check failed: 5 of 7 gates failed
  coverage: 25.0 % is below the minimum of 90.0 % (1 of 4 applicable items covered; 3 items with gaps)
    SP.01.06 BR: planned
    SP.12.01 BR: evidence-stale
    SP.12.02 BR: evidence-missing
  coverage of SP.12 Backup/Restore: 0.0 % is below the minimum of 100.0 % (0 of 2 applicable items covered; 2 items with gaps)
    SP.12.01 BR: evidence-stale
    SP.12.02 BR: evidence-missing
  gap kind evidence-missing: 1 gap (Evidence file missing); Add the file to the program folder or correct the path in the statement.
    SP.12.02 BR: Evidence file 'evidence/restore-instructions.pdf' does not exist.
  gap kind procedure-unused: 1 gap (Procedure satisfies nothing); Declare the items the procedure satisfies in :pb-satisfies:, or list it in a statement.
    visitors: Procedure 'Visitor escort' (src/programbook/procedures/visitors.adoc) is linked to no in-scope item.
  evidence age: 1 item with evidence older than 12 months before 2026-10-01 or undated; Renew the evidence and record its date.
    SP.12.01 BR: Newest evidence is dated 2024-06-30, before 2025-10-01 (older than 12 months).'''
assert log.contains(': ' + summary.readLines().join('\n[ERROR] '))
assert log.contains('[INFO]   passed coverage of SP.01 Solution staffing: 50.0 % (1 of 2 applicable items covered), minimum 50.0 %')
assert log.contains('[INFO]   passed gap kind out-of-scope-statement: none')
assert log.contains('[ERROR] Failed to execute goal io.programbook:programbook-maven-plugin:')
assert !log.contains('\tat io.programbook')
return true
