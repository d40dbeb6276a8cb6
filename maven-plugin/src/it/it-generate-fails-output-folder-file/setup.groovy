// A file where the output folder should be.
def target = new File(basedir, 'target')
target.mkdirs()
new File(target, 'programbook').text = 'not a folder'
return true
