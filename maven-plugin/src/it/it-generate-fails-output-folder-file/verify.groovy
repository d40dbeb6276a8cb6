def log = new File(basedir, 'build.log').text

// one finding, relative to the project, with what to do, before anything was rendered
assert log.contains('[ERROR] target/programbook: error [PB-OUTPUT-FOLDER] the output folder target/programbook is a file, not a folder; nothing was rendered')
assert log.contains('  hint: remove or rename target/programbook, or point <outputDirectory> (-Dprogrambook.outputDirectory) at another folder')
assert log.contains('1 error')
assert !log.contains('started Asciidoctor')
assert !log.contains(basedir.absolutePath + '/target/programbook')
assert !log.contains('\tat io.programbook')
assert new File(basedir, 'target/programbook').text == 'not a folder'
assert !new File(basedir, 'target/.programbook.staging').exists()
return true
