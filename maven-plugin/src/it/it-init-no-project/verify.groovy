def log = new File(basedir, 'build.log').text
def program = new File(basedir, 'src/programbook')

// no project, no pom.xml: the program folder is made where Maven was started
assert !new File(basedir, 'pom.xml').exists()
assert !log.contains('are missing or invalid')
assert log.contains('[INFO] Created src/programbook/program.yaml')
assert log =~ /\[INFO\] Programbook init: src\/programbook for profile integration-no-sis-no-wireless \(iec-62443-2-4@2023, \d+ items in scope\): \d+ files created, 0 skipped/
assert new File(program, 'program.yaml').text.contains('  name: "Acme Automation"')
assert new File(program, 'profile.yaml').text.contains('extends: [integration-no-sis-no-wireless]')
assert !new File(basedir, 'null').exists()
return true
