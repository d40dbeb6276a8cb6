def log = new File(basedir, 'build.log').text

// the log summarises the changes since the baseline
assert log.contains('[INFO] Changes from baseline (version 1.0) to src/programbook (version 2.0)')
assert log.contains('[INFO] Catalogue iec-62443-2-4@2015+AMD1:2017 to iec-62443-2-4@2023: 1 added, 0 removed, 0 renamed, 39 changed, 83 reworded, 0 unchanged (78 of the mapping\'s entries unverified)')
assert log.contains('[INFO] Profile fjord 1.0 to fjord 2.0: 1 item enters scope, 0 leave; target maturity raised for 0, lowered for 0; 0 parameters changed')
assert log.contains('[INFO] Statements: 1 added, 0 removed, 2 changed in status, 2 changed in maturity, 2 changed in text; 2 to review')
assert log.contains('[INFO] Coverage: 33.3 % to 75.0 % (up 41.7 points); covered 1 to 3, with gaps 2 to 1')
assert log.contains('[INFO] Changes: target/programbook/changes.html')
assert log.contains('[INFO] Wrote target/programbook/changes.adoc')
assert log.contains('[INFO] Wrote target/programbook/changes.json')
assert log.contains('[INFO] Wrote target/programbook/changes.pdf')

def adoc = new File(basedir, 'target/programbook/changes.adoc').text
assert adoc.contains('| SP.11.02 RE(2) | Mitigation plan for applicable patches the AO has not approved | planned')
assert adoc.contains('| SP.11.02 BR | Patch descriptions/approval status within agreed time | Changed in 2023: Patch information is due within a time frame the asset owner accepts.')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/programbook/changes.json'))
assert json.format == 'programbook-changes/1'
assert json.kind == 'baseline'
assert json.program.statements.added*.id == ['SP.11.02 RE(2)']
assert json.program.coverage.delta == 41.7

def html = new File(basedir, 'target/programbook/changes.html').text
assert html.contains('<title>Changes since the baseline – Fjord Integration AS</title>')
assert html.contains('Statements to review')
assert html.contains('<span class="organisation">Fjord Integration AS</span>')
assert html.contains('<img class="logo" src="data:image/png;base64,iVBORw0KGgo')

// the PDF, made like the handbook's (the unit tests read its pages, metadata and date with PDFBox)
def pdf = new String(new File(basedir, 'target/programbook/changes.pdf').bytes, 'ISO-8859-1')
assert pdf.startsWith('%PDF-')
assert pdf.contains('/ID [<')
assert !log.contains('[WARNING]')
return true
