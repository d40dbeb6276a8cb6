<#-- The gap report: every gap, worst first within its functional area. Values arrive escaped from Java. -->
<#import "lib/control.ftl" as ctl>
<#import "lib/overview.ftl" as ov>
<#assign h = report.header>
<#assign t = report.totals>
= ${msg("document.gap-report.title", h.title)}
${h.organisation}
<#if h.date?has_content>v${h.version}, ${h.date}<#else>v${h.version}</#if>
:toc: left
:toclevels: 1
:toc-title: ${msg("common.contents")}
:sectanchors:
:sectlinks:
:icons!:
:table-caption!:
:pb-catalog: ${h.catalogReference}
:pb-profile: ${h.profileId}

${msg("gap-report.intro", h.profileName, h.profileId, h.catalogTitle)}
${msg("gap-report.intro.covered")}
${msg("gap-report.intro.links")}

[.summary]
[cols="3h,1",width=50%]
|===
| ${msg("gap-report.summary.in-scope")} | ${t.inScope}
| ${msg("gap-report.summary.covered")} | ${t.covered}
| ${msg("gap-report.summary.gaps")} | ${t.gaps}
| ${msg("gap-report.summary.not-applicable")} | ${t.notApplicable}
| ${msg("gap-report.summary.coverage")} | ${t.coveragePercent}
| ${msg("gap-report.summary.gap-count")} | ${t.gapCount}
|===
<@ctl.section control/>
<@ov.section overview/>

== ${msg("gap-report.kinds.title")}

${msg("gap-report.kinds.intro")}

[cols="3,4,8,1",options="header"]
|===
| ${msg("gap-report.kinds.code")} | ${msg("gap-report.kinds.gap")} | ${msg("gap-report.kinds.action")} | ${msg("gap-report.kinds.count")}
<#list report.kinds as k>
| `${k.code}` | ${k.title} | ${k.action} | ${k.count}
</#list>
|===

== ${msg("gap-report.areas.title")}

[cols="4,1,1,1,1,1,1",options="header"]
|===
| ${msg("gap-report.areas.area")} | ${msg("gap-report.areas.in-scope")} | ${msg("gap-report.areas.covered")} | ${msg("gap-report.areas.gaps")} | ${msg("gap-report.areas.not-applicable")} | ${msg("gap-report.areas.coverage")} | ${msg("gap-report.areas.gap-count")}
<#list report.areas as a>
| <#if a.anchor?has_content><<${a.anchor},${a.id} ${a.name}>><#else>${a.id} ${a.name}</#if> | ${a.inScope} | ${a.covered} | ${a.gaps} | ${a.notApplicable} | ${a.coveragePercent} | ${a.gapCount}
</#list>
|===
<#if !report.areaGaps?has_content && !report.programGaps?has_content>

${msg("gap-report.none")}
</#if>
<#list report.areaGaps as area>

[[${area.anchor}]]
== ${area.id} ${area.name}

<@gaps area.gaps msg("gap-report.gaps.item")/>
</#list>
<#if report.programGaps?has_content>

[[gaps-procedures]]
== ${msg("gap-report.procedures.title")}

<@gaps report.programGaps msg("gap-report.gaps.procedure")/>
</#if>
<#macro gaps list subjectTitle>
[cols="3,3,6,6,4",options="header"]
|===
| ${msg("gap-report.gaps.gap")} | ${subjectTitle} | ${msg("gap-report.gaps.detail")} | ${msg("gap-report.gaps.action")} | ${msg("gap-report.gaps.where")}
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
