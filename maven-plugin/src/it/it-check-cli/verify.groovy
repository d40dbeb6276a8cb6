def log = new File(basedir, 'build.log').text

// the command line saw the gates of the plugin's configuration and failed on them
assert log.contains('[INFO] Programbook: 4 items in scope, 2 covered, 2 with gaps (50.0 % coverage)')
assert log.contains('Programbook check failed: 2 of 2 gates failed')
assert log.contains('coverage: 50.0 % is below the minimum of 90.0 %')
assert log.contains('gap kind evidence-missing: 1 gap')
assert !log.contains('no gate is configured')
// plugin-level gates are not parameters of the other goals: Maven must not warn about them
assert !(log =~ /(?i)parameter.*(minimumCoverage|failOnGaps).*unknown/)
return true
