// A handbook from an earlier, good run: a failed run must not leave it looking current.
def out = new File(basedir, 'target/programbook')
out.mkdirs()
new File(out, 'handbook.html').text = '<html>stale</html>'
new File(out, 'handbook.adoc').text = '= Stale'
return true
