def html = new File(basedir, 'target/programbook/handbook.html')
assert html.isFile() : 'handbook.html was not written'
assert html.text.contains('SP.01.05 BR Named security contact')
assert html.text.contains('href="#sp-01-06-br"')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Programbook: 105 items in scope, 1 covered, 104 with gaps (1.0 % coverage)')
assert log.contains('[INFO] Handbook: target/programbook/handbook.html')
assert !log.contains('[WARNING] src/programbook')
return true
