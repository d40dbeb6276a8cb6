package io.programbook.core.diag;

/**
 * Every rule a finding can break, with its stable code (what users search for and what the ITs
 * grep), its severity, what it means and the default hint on how to fix it. A diagnostic may give a
 * more specific hint. {@code docs/rules.md} is generated from this enum ({@code RulesDocTest}).
 */
public enum Rule {
    FOLDER_MISSING(
            "PB-FOLDER-MISSING",
            Severity.ERROR,
            "The program folder (by default src/programbook) does not exist.",
            "create the folder with a program.yaml (copy examples/nordwind-automation/src/programbook to start), or point <programDirectory> at it"),
    FILE_MISSING(
            "PB-FILE-MISSING",
            Severity.ERROR,
            "A file the program needs or names (program.yaml, a profile, an additions file, an overlay) does not exist.",
            "create the file, or correct the path that names it"),
    FILE_NAME(
            "PB-FILE-NAME",
            Severity.ERROR,
            "A procedure's file name, which becomes its id in links, tables and the statements' procedures, has characters other than letters, digits, '-' and '_'.",
            "rename the file to letters, digits, '-' and '_', e.g. 'incident-response.adoc', and the 'procedures:' entries that name it"),
    FILE_UNREADABLE(
            "PB-FILE-UNREADABLE",
            Severity.ERROR,
            "A file exists but cannot be read (permissions, or it is a folder or other non-regular file).",
            "check the file's permissions and that it is a regular file"),
    FILE_ENCODING(
            "PB-FILE-ENCODING",
            Severity.ERROR,
            "A file is not valid UTF-8 (for example saved as Latin-1 or UTF-16).",
            "save the file as UTF-8"),
    FILE_TOO_LARGE(
            "PB-FILE-TOO-LARGE",
            Severity.ERROR,
            "A file is larger than the limit Programbook reads.",
            "split the file into smaller ones"),
    CONTROL_CHARACTER(
            "PB-CONTROL-CHARACTER",
            Severity.ERROR,
            "A file, or a value written with an escape sequence in YAML, holds a control character (such as NUL, ESC or form feed) that would reach the documents; tabs and line ends are allowed.",
            "delete the character (an editor that shows invisible characters finds it), or the escape sequence that writes it"),
    YAML_SYNTAX(
            "PB-YAML-SYNTAX",
            Severity.ERROR,
            "A YAML file does not parse, holds more than one document, or repeats a key.",
            "fix the YAML syntax at this position (indentation, a missing ':' or an unclosed quote)"),
    YAML_LIMIT(
            "PB-YAML-LIMIT",
            Severity.ERROR,
            "A YAML file nests too deeply or expands too many aliases (a guard against hostile input).",
            "simplify the document: no deep nesting and no repeated aliases"),
    FIELD_UNKNOWN(
            "PB-FIELD-UNKNOWN",
            Severity.ERROR,
            "A field that the file's format does not have, most likely a typo.",
            "remove the field or correct its name (see docs/formats.md)"),
    FIELD_REQUIRED(
            "PB-FIELD-REQUIRED",
            Severity.ERROR,
            "A field the format requires is missing or has no value, or a file is empty.",
            "add the field (see docs/formats.md)"),
    VALUE_INVALID(
            "PB-VALUE-INVALID",
            Severity.ERROR,
            "A value has the wrong type or is not one of the values the field takes.",
            "use a value of the documented type (see docs/formats.md)"),
    ID_INVALID(
            "PB-ID-INVALID",
            Severity.ERROR,
            "A requirement item id is malformed.",
            "write item ids as 'SP.01.01 BR' or 'SP.01.01 RE(1)'"),
    ID_DUPLICATE(
            "PB-ID-DUPLICATE",
            Severity.ERROR,
            "Two roles, profiles or organisation requirements share one id.",
            "keep one of them; ids must be unique"),
    ITEM_UNKNOWN(
            "PB-ITEM-UNKNOWN",
            Severity.ERROR,
            "An item id is well formed but the catalogue the program follows has no such item.",
            "use an id of the catalogue the program follows"),
    CATALOG_UNKNOWN(
            "PB-CATALOG-UNKNOWN",
            Severity.ERROR,
            "The catalogue that program.yaml names is not one Programbook bundles.",
            "use a bundled catalogue: iec-62443-2-4@2023 or iec-62443-2-4@2015+AMD1:2017"),
    PROFILE_UNKNOWN(
            "PB-PROFILE-UNKNOWN",
            Severity.ERROR,
            "A profile name is neither a bundled profile nor a file of the program folder.",
            "name a bundled profile or a profile file relative to the program folder"),
    PROFILE_EDITION(
            "PB-PROFILE-EDITION",
            Severity.ERROR,
            "A profile of the chain tailors another catalogue edition than the one the program follows.",
            "make the profile and the program follow the same catalogue edition"),
    PROFILE_CYCLE(
            "PB-PROFILE-CYCLE",
            Severity.ERROR,
            "Profiles extend one another in a cycle.",
            "remove one of the 'extends' entries of the cycle"),
    RATIONALE_MISSING(
            "PB-RATIONALE-MISSING",
            Severity.ERROR,
            "An exclusion of a profile gives no rationale.",
            "add a 'rationale:' that says why the items do not apply"),
    SELECTOR_INVALID(
            "PB-SELECTOR-INVALID",
            Severity.ERROR,
            "A profile selector is neither an id, a group, a glob nor a tag.",
            "write a selector as an id ('SP.03.08 RE(2)'), a group ('SP.04'), a glob ('SP.09.*', 'SP.03.08 RE(*)', 'SP.* BR') or a tag ('tag:backup')"),
    SELECTOR_UNMATCHED(
            "PB-SELECTOR-UNMATCHED",
            Severity.WARNING,
            "A profile selector selects no item of the catalogue.",
            "correct the selector or remove it"),
    SELECTOR_CONFLICT(
            "PB-SELECTOR-CONFLICT",
            Severity.ERROR,
            "Two rules of one profile with the same specificity disagree about an item (include and exclude, or two maturity levels).",
            "remove one of the two rules, or make one of them more specific"),
    RE_WITHOUT_BR(
            "PB-RE-WITHOUT-BR",
            Severity.ERROR,
            "A requirement enhancement is in scope while its base requirement is excluded.",
            "an enhancement only adds to its base requirement: include the BR too, or exclude the RE as well"),
    MATURITY_UNKNOWN(
            "PB-MATURITY-UNKNOWN",
            Severity.ERROR,
            "A maturity level is not one of the catalogue's levels.",
            "use one of the catalogue's maturity levels: ML1, ML2, ML3, ML4"),
    ROLE_UNKNOWN(
            "PB-ROLE-UNKNOWN",
            Severity.ERROR,
            "A statement or procedure names an owner role that program.yaml does not declare.",
            "declare the role under 'roles:' in program.yaml, or use a declared role id"),
    PROCEDURE_UNKNOWN(
            "PB-PROCEDURE-UNKNOWN",
            Severity.ERROR,
            "A statement names a procedure that procedures/ does not have.",
            "name a procedure file of procedures/ without its .adoc extension"),
    STATEMENT_DUPLICATE(
            "PB-STATEMENT-DUPLICATE",
            Severity.ERROR,
            "Two statements are about the same requirement item.",
            "keep one statement per requirement item"),
    STATEMENT_OUT_OF_SCOPE(
            "PB-STATEMENT-OUT-OF-SCOPE",
            Severity.WARNING,
            "Statements for items the profile excludes; one finding per exclusion rule, listing them.",
            "remove the statement, or include the item in the profile if it does apply"),
    JUSTIFICATION_MISSING(
            "PB-JUSTIFICATION-MISSING",
            Severity.ERROR,
            "A statement with status not-applicable gives no justification.",
            "add a 'justification:' saying why the item does not apply"),
    EVIDENCE_INVALID(
            "PB-EVIDENCE-INVALID",
            Severity.ERROR,
            "An evidence entry has none or more than one of file, url and record, no title, an address that is not"
                    + " http, https or mailto, or a sha256 on a record that is no file.",
            "give each evidence entry one of 'file:', 'url:' or 'record:', and a 'title:'; 'sha256:' only on a file"),
    EVIDENCE_MISSING(
            "PB-EVIDENCE-MISSING",
            Severity.WARNING,
            "An evidence entry names a file that does not exist in the program folder; the item has an evidence-missing gap.",
            "add the file, or correct the path in the evidence entry"),
    PATH_OUTSIDE(
            "PB-PATH-OUTSIDE",
            Severity.ERROR,
            "A path leads outside the program folder (absolute, ../ or a symbolic link).",
            "keep evidence and documents inside the program folder and name them by a relative path"),
    PARAMETER_UNKNOWN(
            "PB-PARAMETER-UNKNOWN",
            Severity.ERROR,
            "A text refers to a parameter {name} that no profile of the chain declares.",
            "declare the parameter under 'parameters:' in the profile, or correct its name"),
    ASCIIDOC(
            "PB-ASCIIDOC",
            Severity.ERROR,
            "AsciiDoc that Asciidoctor reports on, or a procedure without a document title; Asciidoctor's warnings are warnings.",
            "fix the AsciiDoc at this position"),
    TEMPLATE("PB-TEMPLATE", Severity.ERROR, "A template of the template folder fails to render.", "fix the template"),

    // validation (issue 5)
    INCLUDE_UNSUPPORTED(
            "PB-INCLUDE",
            Severity.ERROR,
            "AsciiDoc asks to include another file, which SECURE mode does not read.",
            "paste the content into the document, or list the file as evidence: Programbook converts AsciiDoc in"
                    + " Asciidoctor's SECURE mode, which reads no other file (write \\include:: to show the directive as text)"),
    DATE_AFTER_PROGRAM(
            "PB-DATE-AFTER-PROGRAM",
            Severity.WARNING,
            "An evidence or verification record is dated after the program's own date.",
            "correct the date, or move 'date:' under 'program:' in program.yaml forward: evidence age is measured against it"),

    // Profiles: organisation requirements, parameters, licensed text overlays (issue 3)
    ADDITION_COLLISION(
            "PB-ADDITION-COLLISION",
            Severity.ERROR,
            "An organisation requirement uses the standard's prefix, an id the standard has, or a group another additions file has.",
            "give the organisation's requirements an id prefix of their own, e.g. 'ORG.01.01 BR' in group 'ORG.01'"),
    ADDITION_INVALID(
            "PB-ADDITION-INVALID",
            Severity.ERROR,
            "An organisation requirements file is not a valid catalogue of its own.",
            "an organisation requirements file is a catalogue: id, edition, title and groups of items (see docs/formats.md)"),
    PARAMETER_NAME(
            "PB-PARAMETER-NAME",
            Severity.ERROR,
            "A profile parameter name is not a lower-case AsciiDoc attribute name, or is one the documents use.",
            "name parameters in lower case: letters, digits, '-' and '_', e.g. 'review-interval-months'"),
    OVERLAY_EDITION(
            "PB-OVERLAY-EDITION",
            Severity.ERROR,
            "The licensed text overlay is made for another edition than the program follows.",
            "use an overlay made from the licensed copy of the edition the program follows"),

    // Catalogue editions, review tracking and the diff goal
    REVIEW_EDITION(
            "PB-REVIEW-EDITION",
            Severity.ERROR,
            "A review edition the catalogue does not have; a warning when it is newer than the program's edition.",
            "name an edition of the catalogue the program follows, e.g. \"2023\" or \"2015+AMD1:2017\" (see docs/formats.md)"),
    MAPPING_INVALID(
            "PB-MAPPING-INVALID",
            Severity.ERROR,
            "An edition mapping does not give every item of both editions exactly one entry.",
            "give every item of both editions exactly one entry, with ids of those editions (see docs/formats.md)"),
    DIFF_REQUEST(
            "PB-DIFF-REQUEST",
            Severity.ERROR,
            "The diff goal was asked to compare something it cannot.",
            "compare two catalogue editions (fromCatalog, toCatalog), two profiles (fromProfile, toProfile) or the program with a baseline folder (baseline)"),

    // PDF, branding and incremental builds (issue 6)
    BRANDING_FILE(
            "PB-BRANDING-FILE",
            Severity.ERROR,
            "A branding file (logo, stylesheet, PDF theme) does not exist or is too large.",
            "point <logo>, <htmlStylesheet> or <pdfTheme> at an existing file, or remove the parameter"),
    LOGO_FORMAT(
            "PB-LOGO-FORMAT",
            Severity.ERROR,
            "The logo is not a PNG or JPEG image, or is larger than 2 MB.",
            "use a PNG or JPEG image of at most 2 MB as the logo"),
    PDF(
            "PB-PDF",
            Severity.WARNING,
            "The PDF renderer reports a problem with the page or the PDF theme.",
            "check the PDF theme: the PDF renderer understands CSS 2.1 and paged media (@page), not CSS variables, flexbox or grid"),

    // Item links (req:[…]) in statements, the scope and procedures
    LINK_EXCLUDED(
            "PB-LINK-EXCLUDED",
            Severity.WARNING,
            "An item link (req:[...]) leads to an item the profile excludes.",
            "the handbook links it to the item's row under 'Excluded items'; if the text relies on the item, include it"
                    + " in the profile, otherwise reword the text or write the id without req:[…]"),
    LINK_PLAIN_TEXT(
            "PB-LINK-PLAIN-TEXT",
            Severity.WARNING,
            "An item link in plain text (evidence title, verification note), where it is shown as written.",
            "links work in a statement's text and justification, the program's scope and procedures: write the link"
                    + " there, or the item id without req:[…]"),

    // Limits of the output formats (issue 20)
    CELL_TOO_LONG(
            "PB-CELL-TOO-LONG",
            Severity.WARNING,
            "A text is longer than a spreadsheet cell holds (32,767 characters): the XLSX shows its start, marked as truncated.",
            "shorten the text or move detail into a procedure: a spreadsheet cell holds at most 32,767 characters"),

    // The output folder (issue 20)
    OUTPUT_FOLDER(
            "PB-OUTPUT-FOLDER",
            Severity.ERROR,
            "The output folder, or the staging folder beside it, is not a writable folder (a file of that name, no permission).",
            "make the output folder a writable folder (remove a file of that name, check its permissions), or point"
                    + " <outputDirectory> (-Dprogrambook.outputDirectory) at another folder"),

    // Hostile input: no script in any document, no remote load, no hang (issue 20)
    PASSTHROUGH(
            "PB-PASSTHROUGH",
            Severity.ERROR,
            "Raw HTML passed through AsciiDoc (+++…+++, pass:[…], a ++++ block, [pass]) in the program's text; a warning under allowPassthrough.",
            "write the text in AsciiDoc without raw HTML; if the program's authors are trusted, set"
                    + " <allowPassthrough>true</allowPassthrough> in the POM (the HTML is still sanitized)"),
    REMOTE_IMAGE(
            "PB-REMOTE-IMAGE",
            Severity.ERROR,
            "An image loaded from the network, which would make opening a document call a server; allowed by allowRemoteImages.",
            "link to the image instead (https://…[title]); if the pages may load images from the network, set"
                    + " <allowRemoteImages>true</allowRemoteImages> in the POM"),
    LINK_UNSAFE(
            "PB-LINK-UNSAFE",
            Severity.ERROR,
            "A link to an address other than http, https or mailto (javascript:, data:, file: …); a warning under allowPassthrough.",
            "link only to http, https and mailto addresses, to items (req:[…]) and to anchors of the document"),
    UNSAFE_HTML(
            "PB-UNSAFE-HTML",
            Severity.WARNING,
            "The sanitizer removed markup from a document's HTML that is not allowed there (a script, an event handler, an unsafe link).",
            "find the passthrough, link or image of the program's text that made it, and write it in plain AsciiDoc"),
    PARAGRAPH_TOO_LONG(
            "PB-PARAGRAPH-TOO-LONG",
            Severity.ERROR,
            "A paragraph of the program's text is longer than 20,000 characters.",
            "split the paragraph: a blank line starts a new one (a paragraph this long is hard to read and makes the"
                    + " PDF slow to render)"),
    // issue 14
    CUSTOMER_UNKNOWN(
            "PB-CUSTOMER-UNKNOWN",
            Severity.ERROR,
            "A statement or evidence entry is scoped ('customers:') to a customer that has no customers/<id>/customer.yaml.",
            "correct the id to the name of a folder under customers/, or create customers/<id>/customer.yaml (see docs/customers.md)"),
    CUSTOMER_PROFILE(
            "PB-CUSTOMER-PROFILE",
            Severity.ERROR,
            "A customer's profile does not extend the provider's profile, so its edition would not be a tailoring of the provider's program.",
            "add the provider's profile file to the customer profile's 'extends:', e.g. '../../profile.yaml'"),
    CUSTOMER_FOLDER(
            "PB-CUSTOMER-FOLDER",
            Severity.ERROR,
            "A folder under customers/ has no customer.yaml, or its name is not a customer id (lower-case letters, digits and '-').",
            "add customer.yaml to the folder (see docs/customers.md), or rename the folder to lower-case letters, digits and '-'"),
    DEVIATION_SCOPE(
            "PB-DEVIATION-SCOPE",
            Severity.ERROR,
            "A customer's deviation is for an item that is not in scope of that customer's profile.",
            "correct the item id, or bring the item into the customer's scope; a deviation can only be accepted for an item that applies"),
    DEVIATION_EXPIRED(
            "PB-DEVIATION-EXPIRED",
            Severity.WARNING,
            "A customer's accepted deviation ran out before the program's date; the check goal fails its customer's deviations gate.",
            "agree a new acceptance with the asset owner and update 'validUntil', or close the deviation and remove it"),

    // issue 13: controlled documents
    CONTROL_ROLE_UNKNOWN(
            "PB-CONTROL-ROLE-UNKNOWN",
            Severity.ERROR,
            "The documents' owner, a reviewer or an approver under 'documentControl:' names a role that program.yaml does not declare.",
            "declare the role under 'roles:' in program.yaml, or use a declared role id"),
    SIGNOFF_AFTER_PROGRAM(
            "PB-SIGNOFF-AFTER-PROGRAM",
            Severity.ERROR,
            "A review or approval under 'documentControl:' is dated after the program's date: the documents would claim an approval of a version that did not exist yet.",
            "correct the sign-off's date, or move 'date:' under 'program:' forward to the version that was approved"),
    RELEASE_TAGS_UNMATCHED(
            "PB-RELEASE-TAGS-UNMATCHED",
            Severity.WARNING,
            "No tag of the Git repository matches 'documentControl.releaseTags': the revision history has no release from Git.",
            "tag a release (git tag -a v1.0 -m \"...\"), or set 'releaseTags:' to a glob your release tags match"
                    + " (list them with git tag --list)"),
    HISTORY_SHALLOW(
            "PB-HISTORY-SHALLOW",
            Severity.WARNING,
            "The Git repository is a shallow clone that lacks the commits of some release tags: those releases are left out of the revision history.",
            "fetch the full history (git fetch --unshallow --tags; in CI, a checkout with fetch-depth: 0)"),
    HISTORY_UNREADABLE(
            "PB-HISTORY-UNREADABLE",
            Severity.WARNING,
            "A release's program could not be read or resolved from its Git tag: the release is listed without a summary of what changed.",
            "check out the tag and run 'mvn programbook:validate' on it to see what is wrong; the current documents"
                    + " are not affected"),
    // issue 15
    EVIDENCE_ID(
            "PB-EVIDENCE-ID",
            Severity.ERROR,
            "Two evidence records have the same id, or a declared evidence id is not a valid id.",
            "give each record its own id with 'id:' (letters, digits, '.', '_' and '-'); a record without one"
                    + " is called EV- and its file name or last address segment"),
    EVIDENCE_CONFLICT(
            "PB-EVIDENCE-CONFLICT",
            Severity.ERROR,
            "Two entries cite the same evidence file or address with different ids, owners, validity, hashes or"
                    + " sharing.",
            "a record has one id, owner, validUntil, sha256 and shareable: write the same value in every entry"
                    + " that cites it, or in one of them only"),
    EVIDENCE_VALIDITY(
            "PB-EVIDENCE-VALIDITY",
            Severity.ERROR,
            "An evidence entry is valid until a day before its own date.",
            "correct 'validUntil:' (the last day the record counts) or 'date:' (when it was made)"),
    EVIDENCE_CHANGED(
            "PB-EVIDENCE-CHANGED",
            Severity.WARNING,
            "An evidence file's content no longer has the SHA-256 recorded when it was reviewed: evidence changed"
                    + " since it was reviewed.",
            "review the file again; when it is right, write its new hash (the finding gives it) into 'sha256:'"),
    EVIDENCE_TOO_LARGE(
            "PB-EVIDENCE-TOO-LARGE",
            Severity.ERROR,
            "An evidence file, or the assessor package as a whole, is larger than its size limit.",
            "make the file smaller (export a period, compress images), mark it 'shareable: false' to keep it out"
                    + " of the package, or raise maxEvidenceFileSize / maxPackageSize"),
    DUE_SOON(
            "PB-DUE-SOON",
            Severity.WARNING,
            "An evidence record stops counting, or an open action falls due, within the days the check goal warns"
                    + " ahead (warnDaysAhead) of the program's date; or it already has.",
            "renew the record and update its entry (date, validUntil, sha256), or finish the action and mark it"
                    + " 'state: done'"),

    // issue 18: Word documents
    WORD_TEMPLATE(
            "PB-WORD-TEMPLATE",
            Severity.ERROR,
            "The Word template (wordTemplate) is missing, unreadable or not a Word document (.docx or .dotx).",
            "point <wordTemplate> (-Dprogrambook.wordTemplate) at a .docx or .dotx file saved by Word or LibreOffice"
                    + " (a .doc file of Word 97-2003 must be saved as .docx first), or remove the parameter"),
    WORD_TEMPLATE_STYLES(
            "PB-WORD-TEMPLATE-STYLES",
            Severity.ERROR,
            "The Word template lacks a built-in heading style (Heading 1 to 3) that the document's headings need.",
            "in Word, use each of Heading 1, 2 and 3 once in the template (Word adds a built-in style to the file when"
                    + " it is first used) and save it again; renaming or localizing the styles is fine"),
    WORD_IMAGE(
            "PB-WORD-IMAGE",
            Severity.WARNING,
            "An image the Word document cannot embed (remote, missing, not PNG or JPEG): it shows the image's alternative text.",
            "put the image next to the documents as a PNG or JPEG file and refer to it by a relative path"),
    // issue 16
    COMPONENT_UNKNOWN(
            "PB-COMPONENT-UNKNOWN",
            Severity.ERROR,
            "A statement or an assessment names a solution component that program.yaml's 'components' does not"
                    + " declare.",
            "use the id of one of the components in program.yaml, or declare the component there"),
    SERVICE_ROLE_UNASSESSED(
            "PB-SERVICE-ROLE-UNASSESSED",
            Severity.ERROR,
            "A statement or an assessment names a service role (integration, maintenance) that program.yaml's"
                    + " 'services' does not list: the program is not assessed in it.",
            "remove the role, or add it to 'services' in program.yaml"),
    WORKSHEET_UNREADABLE(
            "PB-WORKSHEET-UNREADABLE",
            Severity.ERROR,
            "The file to import is not an assessment worksheet Programbook wrote: not an Excel workbook, or"
                    + " without the worksheet's sheets and columns.",
            "import the assessment-worksheet.xlsx that generate wrote, filled in; keep its sheets and its ten columns"),
    WORKSHEET_OTHER_PROGRAM(
            "PB-WORKSHEET-OTHER-PROGRAM",
            Severity.ERROR,
            "The worksheet was written for another program or another catalogue edition than the one it is imported"
                    + " into.",
            "import the worksheet into the program it was exported from, or export a new worksheet from this program"),
    WORKSHEET_ROW_UNMATCHED(
            "PB-WORKSHEET-ROW-UNMATCHED",
            Severity.ERROR,
            "A row of the worksheet names an item that does not exist or is not in scope, a role or component the"
                    + " program does not have, or an item, role and component the program's worksheet has no row"
                    + " for, or the same row twice.",
            "correct the id, role or component so that they are those of a row generate wrote, or remove the row"),
    VERDICT_INVALID(
            "PB-VERDICT-INVALID",
            Severity.ERROR,
            "A verdict is not one of the worksheet's list (Pass, Fail, N/A, N/E), or a row has remarks but no"
                    + " verdict.",
            "choose Pass, Fail, N/A or N/E from the cell's list"),
    ASSESSMENT_INCOMPLETE(
            "PB-ASSESSMENT-INCOMPLETE",
            Severity.ERROR,
            "The worksheet does not say who assessed the program, when, or under which scheme, and the goal's"
                    + " parameters do not either.",
            "fill in the assessor, the assessment date (YYYY-MM-DD) and the scheme on the worksheet's program sheet,"
                    + " or give -Dprogrambook.assessor and -Dprogrambook.assessmentDate"),
    ASSESSMENT_EXISTS(
            "PB-ASSESSMENT-EXISTS",
            Severity.ERROR,
            "The program already holds an assessment record of that date and assessor; an import never overwrites"
                    + " one.",
            "delete or rename the existing record if the import is meant to replace it");

    private final String code;
    private final Severity severity;
    private final String meaning;
    private final String hint;

    Rule(String code, Severity severity, String meaning, String hint) {
        this.code = code;
        this.severity = severity;
        this.meaning = meaning;
        this.hint = hint;
    }

    public String code() {
        return code;
    }

    /** The severity of its findings; a few rules report a milder case as a warning (see {@link #meaning()}). */
    public Severity severity() {
        return severity;
    }

    /** What a finding of this rule means, in one sentence (docs/rules.md is generated from it). */
    public String meaning() {
        return meaning;
    }

    public String hint() {
        return hint;
    }
}
