// What an earlier, good run left: documents, the matrix, the build state, and a staging folder a
// killed run left. The validate goal fails first; none of it may stay looking current.
def out = new File(basedir, 'target/programbook')
out.mkdirs()
['handbook.html', 'handbook.adoc', 'traceability-matrix.csv', 'coverage.json', '.programbook-state.json'].each {
    new File(out, it).text = 'from an earlier run'
}
def staging = new File(basedir, 'target/.programbook.staging')
staging.mkdirs()
new File(staging, 'handbook.html').text = 'half-written by a killed run'
return true
