def out = new File(basedir, 'target/programbook')
def pdf = new File(out, 'handbook.pdf')
assert pdf.isFile() : 'handbook.pdf was not written'
def bytes = pdf.bytes
def raw = new String(bytes, 'ISO-8859-1')
assert raw.startsWith('%PDF-')
// reproducible: the ID is derived from the content (the unit tests read dates and page size with PDFBox)
assert raw.contains('/ID [<')

def html = new File(out, 'handbook.html').text
assert html.contains('<img class="logo" src="data:image/png;base64,iVBORw0KGgo')
assert html.contains('#header h1 { color: #7a1f5c; }')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Handbook: target/programbook/handbook.html')
assert log.contains('[INFO] Wrote target/programbook/handbook.pdf')
assert !log.contains('[WARNING]')
return true
