// Outputs of an earlier, good run: a failed run must not leave them looking current.
def out = new File(basedir, 'target/programbook')
out.mkdirs()
['handbook.adoc', 'handbook.html', 'applicability.adoc', 'applicability.html', 'resolved-profile.json'].each {
    new File(out, it).text = 'stale'
}
return true
