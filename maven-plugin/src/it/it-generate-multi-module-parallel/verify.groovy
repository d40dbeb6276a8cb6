def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')

['alpha': 'Minimal Integrator Ltd', 'beta': 'Beta Integrator Ltd'].each { module, organisation ->
    def out = new File(basedir, "${module}/target/programbook")
    def html = new File(out, 'handbook.html').text
    assert html.contains(organisation) : "${module} has the other module's handbook"
    assert html.contains('SP.01.05 BR Named security contact')
    assert html.contains('only Asciidoctor converts')
    assert new File(out, 'handbook.pdf').bytes.length > 10000
}
// one Asciidoctor (JRuby) for the whole build, whichever module asked first (each module's handbook has a
// footnote, which the fast path leaves to Asciidoctor)
def starts = log.findAll(/Programbook: started Asciidoctor/).size()
assert starts == 1 : "Asciidoctor started ${starts} times"
// the logs of the two modules interleave: a finding names its module by its path from where Maven started
assert log.contains('[WARNING] beta/src/programbook/statements/staffing.yaml:')
assert log.contains('[PB-DATE-AFTER-PROGRAM]')
assert !log.contains('[WARNING] src/programbook/statements/staffing.yaml:')
assert !log.contains('Exception')
return true
