def log = new File(basedir, 'build.log').text

// every problem of the run is reported, each with path:line:column, a rule code and a hint
assert log.contains('[ERROR] src/programbook/statements/a-syntax.yaml:4:9: error [PB-YAML-SYNTAX] YAML syntax error: while scanning a quoted scalar, found unexpected end of stream')
assert log.contains("[ERROR] src/programbook/statements/b-typo.yaml:3:5: error [PB-FIELD-UNKNOWN] unknown field 'stauts' in statement")
assert log.contains("  hint: did you mean 'status'?")
assert log.contains("[ERROR] src/programbook/statements/b-typo.yaml:6:5: error [PB-ITEM-UNKNOWN] statement names item 'SP.09.10 BR', which iec-62443-2-4@2023 does not have")
assert log.contains("[ERROR] src/programbook/statements/b-typo.yaml:10:5: error [PB-ID-INVALID] invalid item id \"SP.9.2 BR\"")
assert log.contains("  hint: did you mean 'SP.09.02 BR'?")
assert log.contains("[ERROR] src/programbook/statements/b-typo.yaml:11:5: error [PB-VALUE-INVALID] 'done' is not a valid status")
assert log.contains('5 errors in the program\'s input, see above')

// tools get the same findings as JSON, even though the run failed
assert new File(basedir, 'target/programbook/validation-report.json').text.contains('"errors": 5')

// a user's mistake is not a crash: no stack trace, and no handbook
assert !log.contains('\tat io.programbook')
assert !log.contains('Exception:')
assert !new File(basedir, 'target/programbook/handbook.html').exists()
assert !new File(basedir, 'target/programbook/handbook.adoc').exists()
return true
