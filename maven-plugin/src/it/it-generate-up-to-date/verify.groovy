def out = new File(basedir, 'target/programbook')
assert new File(out, 'handbook.html').isFile()
assert new File(out, '.programbook-state.json').isFile()

def log = new File(basedir, 'build.log').text
// the second build renders nothing and does not start Asciidoctor (JRuby)
assert log =~ /\[INFO\] Programbook: no input changed since the last run, nothing to render; outputs in target\/programbook are up to date \(\d+\.\d\d s\)/
def starts = log.findAll(/Programbook: started Asciidoctor/).size()
assert starts <= 1 : "Asciidoctor started ${starts} times"
assert log.contains('[INFO] Programbook: 105 items in scope, 1 covered, 104 with gaps (1.0 % coverage)')
return true
