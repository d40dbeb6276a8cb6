def log = new File(basedir, 'build.log').text

// a check without any gate fails, and says where gates go and how to opt out
assert log.contains('[ERROR] Failed to execute goal io.programbook:programbook-maven-plugin:')
assert log.contains('Programbook check: no gate is configured, so the check cannot tell a program that meets its targets from one that does not.')
assert log.contains("in the plugin's <configuration> (outside any <execution>, so that 'mvn programbook:check' on the command line sees them too)")
assert log.contains('-Dprogrambook.check.failWithoutGates=false')
assert !log.contains('\tat io.programbook')
return true
