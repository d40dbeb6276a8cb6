<#-- The traceability matrix: one row per in-scope item. Values arrive escaped from Java. -->
<#assign h = matrix.header>
<#assign t = matrix.totals>
<#-- the columns of the table below, by id: their headers are matrix.table.<id>, and the page's script finds them by these ids -->
<#assign columns = ["item", "title", "area", "status", "target", "claimed", "owner", "procedures", "evidence", "last-verification", "coverage", "gaps"]>
= ${msg("document.traceability-matrix.title", h.title)}
${h.organisation}
<#if h.date?has_content>v${h.version}, ${h.date}<#else>v${h.version}</#if>
:pb-catalog: ${h.catalogReference}
:pb-profile: ${h.profileId}
:icons!:
:table-caption!:

${msg("matrix.intro", h.profileName, h.profileId, h.catalogTitle)}
${msg("matrix.intro.links")}

[.summary]
[cols="3h,1",width=50%]
|===
| ${msg("matrix.summary.in-scope")} | ${t.inScope}
| ${msg("matrix.summary.covered")} | ${t.covered}
| ${msg("matrix.summary.gaps")} | ${t.gaps}
| ${msg("matrix.summary.not-applicable")} | ${t.notApplicable}
| ${msg("matrix.summary.coverage")} | ${t.coveragePercent}
|===

[#traceability-matrix.pb-matrix,cols="8,12,8,8,5,6,8,9,16,8,6,6",options="header"]
|===
<#list columns as c>| ${msg("matrix.table." + c)}<#sep> </#sep></#list>
<#list matrix.rows as r>

| xref:handbook.adoc#${r.anchor}[${r.id}]
| ${r.title}
| ${r.area}
| [.status-${r.statusCode}]#${r.status}#
| ${r.target}
| ${r.claimed}
| ${r.owner}
| ${r.procedures?join(" +\n")}
| ${r.evidence?join(" +\n")}
| ${r.lastVerification}
| ${r.coverage}
| ${r.gaps?join(", ")}
</#list>
|===

[[gap-kinds]]
== ${msg("matrix.kinds.title")}

[cols="3,4,8,1",options="header"]
|===
| ${msg("matrix.kinds.code")} | ${msg("matrix.kinds.gap")} | ${msg("matrix.kinds.action")} | ${msg("matrix.kinds.count")}
<#list matrix.kinds as k>
| `${k.code}` | ${k.title} | ${k.action} | ${k.count}
</#list>
|===
ifdef::backend-html5[]

++++
<div hidden id="pb-matrix-words" data-columns="${columns?join(" ")}"<#list ["all", "search", "search-hint", "show-all", "filter-area", "filter-status", "filter-coverage", "filter-gap"] as w> data-${w}="${msg("matrix.control." + w)?html}"</#list> data-sort-by="${msg("matrix.control.sort-by", "{0}")?html}" data-option="${msg("matrix.control.option", "{0}", "{1}")?html}" data-showing="${msg("matrix.control.showing", "{0}", "{1}")?html}"></div>
<style>
<#include "traceability-matrix.css" parse=false>
</style>
<script>
<#include "traceability-matrix.js" parse=false>
</script>
++++
endif::[]
