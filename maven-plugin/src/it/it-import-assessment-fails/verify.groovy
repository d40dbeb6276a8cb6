def log = new File(basedir, 'build.log').text

// the worksheet was written by generate
assert new File(basedir, 'target/programbook/assessment-worksheet.xlsx').isFile()

// every problem of the worksheet at its sheet and cell, in one run
def expected = [
    "[ERROR] target/programbook/assessment-worksheet.xlsx!Program!B8: error [PB-ASSESSMENT-INCOMPLETE] the worksheet does not name the assessor",
    "[ERROR] target/programbook/assessment-worksheet.xlsx!Program!B9: error [PB-ASSESSMENT-INCOMPLETE] the worksheet does not give the assessment date",
]
expected.each { assert log.contains(it) : "missing from the log: ${it}" }

// a user's mistake is not a crash, and nothing was written into the program
assert !log.contains('\tat io.programbook')
assert !log.contains('Exception:')
assert !new File(basedir, 'src/programbook/assessments').exists()
