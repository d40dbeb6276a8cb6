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

<#-- issue 15: the action plan -->
<#assign plan = report.plan>
[[action-plan]]
== ${msg("plan.title")}

<#if !plan.owners?has_content>
${msg("plan.none")}
<#elseif plan.asOf?has_content>
${msg("plan.intro", plan.open, plan.overdue, plan.asOf)}
<#else>
${msg("plan.intro.undated", plan.open)}
</#if>
<#list plan.owners as o>

[[${o.anchor}]]
=== ${o.name}

<#-- a customer edition (report.outside) does not say where in the program an action is -->
[.action-plan,cols="<#if report.outside>2,2,4,2,2<#else>2,2,4,2,2,4</#if>",options="header"]
|===
| ${msg("plan.column.due")} | ${msg("plan.column.item")} | ${msg("plan.column.gaps")} | ${msg("plan.column.priority")} | ${msg("plan.column.ticket")}<#if !report.outside> | ${msg("plan.column.where")}</#if>
<#list o.actions as a>

| <#if a.due?has_content>${a.due}<#else>–</#if><#if a.overdue> +
[.gap]#${msg("plan.overdue")}#</#if>
| ${a.item}
| ${a.gaps}
| ${a.priority}
| ${a.ticket}
<#if !report.outside>
| <#if a.where?has_content>`${a.where}`</#if>
</#if>
</#list>
|===
</#list>
<#if plan.without?has_content>

[[plan-without-action]]
=== ${msg("plan.without.title")}

${msg("plan.without.intro", plan.without?size)}

[.action-plan,cols="<#if report.outside>2,5<#else>2,5,4</#if>",options="header"]
|===
| ${msg("plan.column.item")} | ${msg("plan.column.gaps")}<#if !report.outside> | ${msg("plan.column.where")}</#if>
<#list plan.without as a>

| ${a.item}
| ${a.gaps}
<#if !report.outside>
| <#if a.where?has_content>`${a.where}`</#if>
</#if>
</#list>
|===
</#if>
<#-- end of the action plan -->

== ${msg("gap-report.kinds.title")}

${msg("gap-report.kinds.intro")}

[cols="<#if report.outside>4,8,1<#else>3,4,8,1</#if>",options="header"]
|===
<#if !report.outside>| ${msg("gap-report.kinds.code")} </#if>| ${msg("gap-report.kinds.gap")} | ${msg("gap-report.kinds.action")} | ${msg("gap-report.kinds.count")}
<#list report.kinds as k>
<#if !report.outside>| `${k.code}` </#if>| ${k.title} | ${k.action} | ${k.count}
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
<#-- issue 16: open findings of the program's assessments -->
<#if findings?has_content>

[[findings]]
== ${msg("gap-report.findings.title")}

${msg("gap-report.findings.intro")}

<#-- a customer edition (report.outside) does not say where in the program a finding is recorded -->
[cols="<#if report.outside>3,4,2,6,6<#else>3,4,2,6,6,4</#if>",options="header"]
|===
| ${msg("gap-report.findings.item")} | ${msg("gap-report.findings.row")} | ${msg("gap-report.findings.verdict")} | ${msg("gap-report.findings.remarks")} | ${msg("gap-report.findings.action")}<#if !report.outside> | ${msg("gap-report.gaps.where")}</#if>
<#list findings as f>

| ${f.item}
| ${f.row}
| [.verdict]#${f.verdict}#
| ${f.remarks}
| <#if f.overdue>[.overdue]#${msg("gap-report.findings.overdue")}# </#if>${f.action}
<#if !report.outside>
| `${f.where}`
</#if>
</#list>
|===
</#if>
<#macro gaps list subjectTitle>
<#-- A customer edition (report.outside) names neither the gap's code nor where in the program it is. -->
[cols="<#if report.outside>3,3,6,6<#else>3,3,6,6,4</#if>",options="header"]
|===
| ${msg("gap-report.gaps.gap")} | ${subjectTitle} | ${msg("gap-report.gaps.detail")} | ${msg("gap-report.gaps.action")}<#if !report.outside> | ${msg("gap-report.gaps.where")}</#if>
<#list list as g>

| [.gap-kind]#${g.kindTitle}#<#if !report.outside> +
`${g.kind}`</#if>
| ${g.subject}
| ${g.detail}
| ${g.action}
<#if !report.outside>
| <#if g.where?has_content>`${g.where}`</#if>
</#if>
</#list>
|===
</#macro>
