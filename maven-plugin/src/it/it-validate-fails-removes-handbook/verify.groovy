def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/programbook')

// validate failed, with the finding, before generate ran
assert log.contains("[ERROR] src/programbook/statements/staffing.yaml:3:5: error [PB-VALUE-INVALID] 'implemnted' is not a valid status")
assert log.contains('1 error in the program\'s input, see above')
assert !log.contains('Handbook: ')

// nothing of the earlier run is left looking current; the report has the finding
assert out.list().sort() == ['validation-report.json']
assert new File(out, 'validation-report.json').text.contains('"errors": 1')
assert !new File(basedir, 'target/.programbook.staging').exists()
assert !log.contains('\tat io.programbook')
return true
