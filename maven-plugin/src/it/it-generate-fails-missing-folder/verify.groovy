def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/programbook: error [PB-FOLDER-MISSING] program folder does not exist')
assert log.contains('  hint: create the folder with a program.yaml')
assert log.contains('1 error in the program\'s input, see above')
assert !log.contains('\tat io.programbook')
return true
