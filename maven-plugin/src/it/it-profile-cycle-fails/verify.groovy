def log = new File(basedir, 'build.log').text

// the whole cycle, each profile with its file, at the 'extends' entry that closes it
assert log.contains('[ERROR] src/programbook/profiles/baseline.yaml:4:11: error [PB-PROFILE-CYCLE] profile cycle:'
        + ' site (src/programbook/profile.yaml) extends company (src/programbook/profiles/company.yaml)'
        + ' extends baseline (src/programbook/profiles/baseline.yaml) extends site')
// and every 'extends' entry of the cycle with file:line:column, so any of them can be removed
assert log.contains("  hint: remove one of the 'extends' entries of the cycle: src/programbook/profile.yaml:3:11,"
        + ' src/programbook/profiles/company.yaml:6:5, src/programbook/profiles/baseline.yaml:4:11')
assert log.contains('1 error in the program\'s input, see above')

// a user's mistake: no stack trace, and none of the outputs left behind
assert !log.contains('\tat io.programbook')
assert !log.contains('Exception:')
['handbook.adoc', 'handbook.html', 'applicability.adoc', 'applicability.html', 'resolved-profile.json'].each {
    assert !new File(basedir, "target/programbook/$it").exists() : "$it was left behind"
}
return true
