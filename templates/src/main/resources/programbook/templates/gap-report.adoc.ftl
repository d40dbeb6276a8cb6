<#-- The gap report: every gap, worst first within its functional area. Values arrive escaped from Java. -->
<#assign h = report.header>
<#assign t = report.totals>
= Gap report: ${h.title}
${h.organisation}
<#if h.date?has_content>v${h.version}, ${h.date}<#else>v${h.version}</#if>
:toc: left
:toclevels: 1
:toc-title: Contents
:sectanchors:
:sectlinks:
:icons!:
:table-caption!:
:pb-catalog: ${h.catalogReference}
:pb-profile: ${h.profileId}

What stands between the program and full coverage of the profile *${h.profileName}* (`${h.profileId}`) of *${h.catalogTitle}*, and what closes each gap.
An item is covered when it is in scope, has an implemented statement at or above its target maturity, and has evidence whose files exist and is current.
Items and procedures link to the xref:handbook.adoc[handbook]; the xref:traceability-matrix.html[traceability matrix] shows every item at once.

[.summary]
[cols="3,1",width=50%]
|===
| In scope of the profile | ${t.inScope}
| Covered | ${t.covered}
| With gaps | ${t.gaps}
| Not applicable | ${t.notApplicable}
| Coverage | ${t.coveragePercent} %
| Gaps in total | ${t.gapCount}
|===

== Gaps by kind

Worst first. Each kind lists what closes a gap of it; each gap below adds what is missing and the file to change.

[cols="3,4,8,1",options="header"]
|===
| Code | Gap | What closes it | Count
<#list report.kinds as k>
| `${k.code}` | ${k.title} | ${k.action} | ${k.count}
</#list>
|===

== Coverage by functional area

[cols="4,1,1,1,1,1,1",options="header"]
|===
| Functional area | In scope | Covered | With gaps | Not applicable | Coverage | Gaps
<#list report.areas as a>
| <#if a.anchor?has_content><<${a.anchor},${a.id} ${a.name}>><#else>${a.id} ${a.name}</#if> | ${a.inScope} | ${a.covered} | ${a.gaps} | ${a.notApplicable} | ${a.coveragePercent} | ${a.gapCount}
</#list>
|===
<#if !report.areaGaps?has_content && !report.programGaps?has_content>

The program has no gaps.
</#if>
<#list report.areaGaps as area>

[[${area.anchor}]]
== ${area.id} ${area.name}

<@gaps area.gaps "Item"/>
</#list>
<#if report.programGaps?has_content>

[[gaps-procedures]]
== Procedures

<@gaps report.programGaps "Procedure"/>
</#if>
<#macro gaps list subjectTitle>
[cols="3,3,6,6,4",options="header"]
|===
| Gap | ${subjectTitle} | What is missing | What closes it | Where
<#list list as g>

| [.gap-kind]#${g.kindTitle}# +
`${g.kind}`
| ${g.subject}
| ${g.detail}
| ${g.action}
| <#if g.where?has_content>`${g.where}`</#if>
</#list>
|===
</#macro>
