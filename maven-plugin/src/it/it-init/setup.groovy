// A file of the user's own where init would write one: it must survive untouched.
def procedures = new File(basedir, 'src/programbook/procedures')
procedures.mkdirs()
new File(procedures, '.gitkeep').text = 'mine\n'
return true
