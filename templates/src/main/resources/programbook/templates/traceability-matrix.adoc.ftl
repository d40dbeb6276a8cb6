<#-- The traceability matrix: one row per in-scope item. Values arrive escaped from Java. -->
<#assign h = matrix.header>
<#assign t = matrix.totals>
= Traceability matrix: ${h.title}
${h.organisation}
<#if h.date?has_content>v${h.version}, ${h.date}<#else>v${h.version}</#if>
:pb-catalog: ${h.catalogReference}
:pb-profile: ${h.profileId}
:icons!:
:table-caption!:

Every item in scope of the profile *${h.profileName}* (`${h.profileId}`) of *${h.catalogTitle}*, traced to its statement, procedures, evidence and verification.
Item ids link to the item in the xref:handbook.adoc[handbook]; what each gap kind means and what closes it is listed <<gap-kinds,below the matrix>>.

[.summary]
[cols="3,1",width=50%]
|===
| In scope of the profile | ${t.inScope}
| Covered | ${t.covered}
| With gaps | ${t.gaps}
| Not applicable | ${t.notApplicable}
| Coverage | ${t.coveragePercent} %
|===

[#traceability-matrix.pb-matrix,cols="9,14,9,7,4,4,8,10,15,9,6,9",options="header"]
|===
| Item | Title | Area | Status | Target | Claimed | Owner | Procedures | Evidence | Last verification | Coverage | Gaps
<#list matrix.rows as r>

| xref:handbook.adoc#${r.anchor}[${r.id}]
| ${r.title}
| ${r.area}
| [.status-${r.status?replace(" ", "-")}]#${r.status}#
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
== Gap kinds

[cols="3,4,8,1",options="header"]
|===
| Code | Gap | What closes it | Count
<#list matrix.kinds as k>
| `${k.code}` | ${k.title} | ${k.action} | ${k.count}
</#list>
|===
ifdef::backend-html5[]

++++
<style>
<#include "traceability-matrix.css" parse=false>
</style>
<script>
<#include "traceability-matrix.js" parse=false>
</script>
++++
endif::[]
