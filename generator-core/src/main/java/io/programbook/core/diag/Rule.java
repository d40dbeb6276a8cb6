package io.programbook.core.diag;

/**
 * Every rule a finding can break, with its stable code (what users search for and what the ITs
 * grep) and the default hint on how to fix it. A diagnostic may give a more specific hint.
 */
public enum Rule {
    FOLDER_MISSING(
            "PB-FOLDER-MISSING",
            "create the folder with a program.yaml (copy examples/nordwind-automation/src/programbook to start), or point <programDirectory> at it"),
    FILE_MISSING("PB-FILE-MISSING", "create the file, or correct the path that names it"),
    FILE_UNREADABLE("PB-FILE-UNREADABLE", "check the file's permissions and that it is a regular file"),
    FILE_ENCODING("PB-FILE-ENCODING", "save the file as UTF-8"),
    FILE_TOO_LARGE("PB-FILE-TOO-LARGE", "split the file into smaller ones"),
    YAML_SYNTAX(
            "PB-YAML-SYNTAX", "fix the YAML syntax at this position (indentation, a missing ':' or an unclosed quote)"),
    YAML_LIMIT("PB-YAML-LIMIT", "simplify the document: no deep nesting and no repeated aliases"),
    FIELD_UNKNOWN("PB-FIELD-UNKNOWN", "remove the field or correct its name (see docs/formats.md)"),
    FIELD_REQUIRED("PB-FIELD-REQUIRED", "add the field (see docs/formats.md)"),
    VALUE_INVALID("PB-VALUE-INVALID", "use a value of the documented type (see docs/formats.md)"),
    ID_INVALID("PB-ID-INVALID", "write item ids as 'SP.01.01 BR' or 'SP.01.01 RE(1)'"),
    ID_DUPLICATE("PB-ID-DUPLICATE", "keep one of them; ids must be unique"),
    ITEM_UNKNOWN("PB-ITEM-UNKNOWN", "use an id of the catalogue the program follows"),
    CATALOG_UNKNOWN(
            "PB-CATALOG-UNKNOWN", "use a bundled catalogue: iec-62443-2-4@2023 or iec-62443-2-4@2015+AMD1:2017"),
    PROFILE_UNKNOWN("PB-PROFILE-UNKNOWN", "name a bundled profile or a profile file relative to the program folder"),
    PROFILE_EDITION("PB-PROFILE-EDITION", "make the profile and the program follow the same catalogue edition"),
    PROFILE_CYCLE("PB-PROFILE-CYCLE", "remove one of the 'extends' entries of the cycle"),
    RATIONALE_MISSING("PB-RATIONALE-MISSING", "add a 'rationale:' that says why the items do not apply"),
    SELECTOR_INVALID(
            "PB-SELECTOR-INVALID",
            "write a selector as an id ('SP.03.08 RE(2)'), a group ('SP.04'), a glob ('SP.09.*', 'SP.03.08 RE(*)', 'SP.* BR') or a tag ('tag:backup')"),
    SELECTOR_UNMATCHED("PB-SELECTOR-UNMATCHED", "correct the selector or remove it"),
    SELECTOR_CONFLICT("PB-SELECTOR-CONFLICT", "remove one of the two rules, or make one of them more specific"),
    RE_WITHOUT_BR(
            "PB-RE-WITHOUT-BR",
            "an enhancement only adds to its base requirement: include the BR too, or exclude the RE as well"),
    MATURITY_UNKNOWN("PB-MATURITY-UNKNOWN", "use one of the catalogue's maturity levels: ML1, ML2, ML3, ML4"),
    ROLE_UNKNOWN("PB-ROLE-UNKNOWN", "declare the role under 'roles:' in program.yaml, or use a declared role id"),
    PROCEDURE_UNKNOWN("PB-PROCEDURE-UNKNOWN", "name a procedure file of procedures/ without its .adoc extension"),
    STATEMENT_DUPLICATE("PB-STATEMENT-DUPLICATE", "keep one statement per requirement item"),
    STATEMENT_OUT_OF_SCOPE(
            "PB-STATEMENT-OUT-OF-SCOPE", "remove the statement, or include the item in the profile if it does apply"),
    JUSTIFICATION_MISSING("PB-JUSTIFICATION-MISSING", "add a 'justification:' saying why the item does not apply"),
    EVIDENCE_INVALID("PB-EVIDENCE-INVALID", "give each evidence entry either 'file:' or 'url:', and a 'title:'"),
    PATH_OUTSIDE(
            "PB-PATH-OUTSIDE",
            "keep evidence and documents inside the program folder and name them by a relative path"),
    PARAMETER_UNKNOWN(
            "PB-PARAMETER-UNKNOWN", "declare the parameter under 'parameters:' in the profile, or correct its name"),
    ASCIIDOC("PB-ASCIIDOC", "fix the AsciiDoc at this position"),
    TEMPLATE("PB-TEMPLATE", "fix the template"),

    // validation (issue 5)
    INCLUDE_UNSUPPORTED(
            "PB-INCLUDE",
            "paste the content into the document, or list the file as evidence: Programbook converts AsciiDoc in"
                    + " Asciidoctor's SECURE mode, which reads no other file (write \\include:: to show the directive as text)"),
    DATE_AFTER_PROGRAM(
            "PB-DATE-AFTER-PROGRAM",
            "correct the date, or move 'date:' under 'program:' in program.yaml forward: evidence age is measured against it"),

    // Profiles: organisation requirements, parameters, licensed text overlays (issue 3)
    ADDITION_COLLISION(
            "PB-ADDITION-COLLISION",
            "give the organisation's requirements an id prefix of their own, e.g. 'ORG.01.01 BR' in group 'ORG.01'"),
    ADDITION_INVALID(
            "PB-ADDITION-INVALID",
            "an organisation requirements file is a catalogue: id, edition, title and groups of items (see docs/formats.md)"),
    PARAMETER_NAME(
            "PB-PARAMETER-NAME",
            "name parameters in lower case: letters, digits, '-' and '_', e.g. 'review-interval-months'"),
    OVERLAY_EDITION(
            "PB-OVERLAY-EDITION", "use an overlay made from the licensed copy of the edition the program follows"),

    // Catalogue editions, review tracking and the diff goal
    REVIEW_EDITION(
            "PB-REVIEW-EDITION",
            "name an edition of the catalogue the program follows, e.g. \"2023\" or \"2015+AMD1:2017\" (see docs/formats.md)"),
    MAPPING_INVALID(
            "PB-MAPPING-INVALID",
            "give every item of both editions exactly one entry, with ids of those editions (see docs/formats.md)"),
    DIFF_REQUEST(
            "PB-DIFF-REQUEST",
            "compare two catalogue editions (fromCatalog, toCatalog), two profiles (fromProfile, toProfile) or the program with a baseline folder (baseline)"),

    // PDF, branding and incremental builds (issue 6)
    BRANDING_FILE(
            "PB-BRANDING-FILE",
            "point <logo>, <htmlStylesheet> or <pdfTheme> at an existing file, or remove the parameter"),
    LOGO_FORMAT("PB-LOGO-FORMAT", "use a PNG or JPEG image of at most 2 MB as the logo"),
    PDF(
            "PB-PDF",
            "check the PDF theme: the PDF renderer understands CSS 2.1 and paged media (@page), not CSS variables, flexbox or grid"),

    // Item links (req:[…]) in statements, the scope and procedures
    LINK_EXCLUDED(
            "PB-LINK-EXCLUDED",
            "the handbook links it to the item's row under 'Excluded items'; if the text relies on the item, include it"
                    + " in the profile, otherwise reword the text or write the id without req:[…]"),
    LINK_PLAIN_TEXT(
            "PB-LINK-PLAIN-TEXT",
            "links work in a statement's text and justification, the program's scope and procedures: write the link"
                    + " there, or the item id without req:[…]"),

    // Limits of the output formats (issue 20)
    CELL_TOO_LONG(
            "PB-CELL-TOO-LONG",
            "shorten the text or move detail into a procedure: a spreadsheet cell holds at most 32,767 characters"),

    // The output folder (issue 20)
    OUTPUT_FOLDER(
            "PB-OUTPUT-FOLDER",
            "make the output folder a writable folder (remove a file of that name, check its permissions), or point"
                    + " <outputDirectory> (-Dprogrambook.outputDirectory) at another folder"),

    // Hostile input: no script in any document, no remote load, no hang (issue 20)
    PASSTHROUGH(
            "PB-PASSTHROUGH",
            "write the text in AsciiDoc without raw HTML; if the program's authors are trusted, set"
                    + " <allowPassthrough>true</allowPassthrough> in the POM (the HTML is still sanitized)"),
    REMOTE_IMAGE(
            "PB-REMOTE-IMAGE",
            "link to the image instead (https://…[title]); if the pages may load images from the network, set"
                    + " <allowRemoteImages>true</allowRemoteImages> in the POM"),
    LINK_UNSAFE(
            "PB-LINK-UNSAFE",
            "link only to http, https and mailto addresses, to items (req:[…]) and to anchors of the document"),
    UNSAFE_HTML(
            "PB-UNSAFE-HTML",
            "find the passthrough, link or image of the program's text that made it, and write it in plain AsciiDoc"),
    PARAGRAPH_TOO_LONG(
            "PB-PARAGRAPH-TOO-LONG",
            "split the paragraph: a blank line starts a new one (the PDF renderer slows down sharply on very long"
                    + " paragraphs)");

    private final String code;
    private final String hint;

    Rule(String code, String hint) {
        this.code = code;
        this.hint = hint;
    }

    public String code() {
        return code;
    }

    public String hint() {
        return hint;
    }
}
