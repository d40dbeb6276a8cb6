def log = new File(basedir, 'build.log').text
def program = new File(basedir, 'src/programbook')

assert log.contains('[INFO] Created src/programbook/program.yaml')
assert log.contains('[INFO] Created src/programbook/statements/sp01-solution-staffing.yaml')
assert log.contains('[INFO] Skipped (exists): src/programbook/procedures/.gitkeep')
assert log =~ /\[INFO\] Programbook init: src\/programbook for profile maintenance-provider \(iec-62443-2-4@2023, (\d+) items in scope\): \d+ files created, 1 skipped/
assert new File(program, 'procedures/.gitkeep').text == 'mine\n'
assert new File(program, 'program.yaml').text.contains('  name: "Init Test \\"Service\\" GmbH"')
assert new File(program, 'profile.yaml').text.contains('extends: [maintenance-provider]')

// the skeleton builds at once: every item in scope is a planned stub, so every item has a gap
def inScope = (log =~ /items in scope\): /) ? (log =~ /\((iec-62443-2-4@2023), (\d+) items in scope\)/)[0][2] : null
assert log.contains("[INFO] Programbook: ${inScope} items in scope, 0 covered, ${inScope} with gaps (0.0 % coverage)")
assert !log.contains('[WARNING] src/programbook')
assert new File(basedir, 'target/programbook/gap-report.adoc').text.contains('`planned`')
return true
