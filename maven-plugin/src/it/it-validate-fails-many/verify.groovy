def log = new File(basedir, 'build.log').text

// every mistake of every file in one run, each with path:line:column, a rule code and a hint
def expected = [
    "[ERROR] src/programbook/procedures/staff-onboarding.adoc:2:29: error [PB-ID-INVALID] invalid item id \"SP.01.01RE1\"",
    "  hint: did you mean 'SP.01.01 RE(1)'?",
    "[ERROR] src/programbook/procedures/staff-onboarding.adoc:4:1: error [PB-INCLUDE] procedure 'staff-onboarding' includes '/etc/passwd', which is not read",
    "[ERROR] src/programbook/program.yaml:9:1: error [PB-FIELD-UNKNOWN] unknown field 'website' in program.yaml",
    "  hint: valid fields here: catalog, components, documentControl, evidence, organisation, overlay, profile, program, reviewedEdition, roles, scope, services",
    "[ERROR] src/programbook/statements/sp01.yaml:3:5: error [PB-VALUE-INVALID] 'implemnted' is not a valid status",
    "  hint: did you mean 'implemented'? Valid values: implemented, partial, planned, not-applicable",
    "[ERROR] src/programbook/statements/sp01.yaml:6:5: error [PB-ID-INVALID] invalid item id \"SP.1.2 BR\"",
    "  hint: did you mean 'SP.01.02 BR'?",
    "[ERROR] src/programbook/statements/sp01.yaml:12:5: error [PB-ROLE-UNKNOWN] unknown role 'securty-lead'",
    "  hint: did you mean 'security-lead'? declared roles: security-lead",
    "[ERROR] src/programbook/statements/sp01.yaml:13:18: error [PB-PROCEDURE-UNKNOWN] unknown procedure 'staff-onbording'",
    "  hint: did you mean 'staff-onboarding'?",
    "[ERROR] src/programbook/statements/sp01.yaml:15:9: error [PB-PATH-OUTSIDE] evidence path '../../pom.xml' leaves the program folder",
    "[ERROR] src/programbook/statements/sp01.yaml:17:9: error [PB-VALUE-INVALID] '2026-02-30' is not a valid date",
    "  hint: February 2026 (not a leap year) has 28 days, so there is no day 30; check the date",
    "[ERROR] src/programbook/statements/sp09.yaml:2:5: error [PB-ITEM-UNKNOWN] statement names item 'SP.09.10 BR', which iec-62443-2-4@2023 does not have",
    "[ERROR] src/programbook/statements/sp09.yaml:5:5: error [PB-STATEMENT-DUPLICATE] second statement for SP.01.03 BR (first at src/programbook/statements/sp01.yaml:9:5)",
]
expected.each { assert log.contains(it) : "missing from the log: ${it}" }
assert log.contains("11 errors in the program's input, see above")

// a user's mistake is not a crash: no stack trace
assert !log.contains('\tat io.programbook')
assert !log.contains('Exception:')

// tools get the same findings as JSON, in the same order
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/programbook/validation-report.json'))
assert report.version == 1
assert report.valid == false
assert report.errors == 11
assert report.warnings == 0
assert report.findings.size() == 11
assert report.findings[0] == [severity: 'error', code: 'PB-ID-INVALID', message: 'invalid item id "SP.01.01RE1"',
        file: 'src/programbook/procedures/staff-onboarding.adoc', line: 2, column: 29, hint: "did you mean 'SP.01.01 RE(1)'?"]
assert report.findings*.file.count('src/programbook/statements/sp01.yaml') == 6

// validate writes no document
assert !new File(basedir, 'target/programbook/handbook.adoc').exists()
return true
