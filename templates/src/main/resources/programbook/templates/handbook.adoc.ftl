<#import "lib/adoc.ftl" as a>
<#import "lib/control.ftl" as ctl>
<#import "lib/overview.ftl" as ov>
<#import "lib/glossary.ftl" as gl>
<#assign d = handbook.document>
<#assign s = handbook.summary>
= ${d.title}
${d.organisation}
<#if d.date?has_content>v${d.version}, ${d.date}<#else>v${d.version}</#if>
:doctype: book
:toc: left
:toclevels: 2
:toc-title: ${msg("common.contents")}
:sectanchors:
:sectlinks:
:icons!:
:table-caption!:
:example-caption!:
:pb-catalog: ${d.catalogReference}
:pb-profile: ${d.profileId}
<#list handbook.parameters as p>
:${p.name}: ${p.attributeValue}
</#list>
<@ctl.section control true/>

[preface]
== ${msg("handbook.about.title")}

${d.purpose}
<#if d.profileVersion?has_content>${msg("handbook.about.follows.version", d.catalogTitle, d.catalogReference, d.profileName, d.profileVersion)}<#else>${msg("handbook.about.follows", d.catalogTitle, d.catalogReference, d.profileName)}</#if>
<#if d.catalogNote?has_content>

NOTE: ${d.catalogNote}
</#if>
<#if d.licenceNotice?has_content>

IMPORTANT: ${d.licenceNotice}
</#if>

[.summary]
.${msg("handbook.summary.title")}
[cols="3h,1",width=60%]
|===
| ${msg("handbook.summary.catalog-items")} | ${s.catalogItems}
| ${msg("handbook.summary.in-scope")} | ${s.inScope}
| ${msg("handbook.summary.excluded")} | ${s.excluded}
| ${msg("handbook.summary.covered")} | ${s.covered}
| ${msg("handbook.summary.gaps")} | ${s.gaps}
| ${msg("handbook.summary.coverage")} | ${s.coveragePercent}
|===

[.summary]
.${msg("handbook.by-status.title")}
[cols="3h,1",width=60%]
|===
| ${msg("handbook.by-status.implemented")} | ${s.implemented}
| ${msg("handbook.by-status.partial")} | ${s.partial}
| ${msg("handbook.by-status.planned")} | ${s.planned}
| ${msg("handbook.by-status.not-applicable")} | ${s.notApplicable}
| ${msg("handbook.by-status.none")} | ${s.noStatement}
|===
<@ov.section overview true/>

== ${msg("handbook.scope.title")}

<#if d.scopeAdoc?has_content>
${d.scopeAdoc}
<#else>
${msg("handbook.scope.none")}
</#if>

=== ${msg("handbook.organisation.title")}

[horizontal]
${msg("handbook.organisation.name")}:: ${d.organisation}
<#if d.address?has_content>
${msg("handbook.organisation.address")}:: ${d.address}
</#if>
<#if d.contact?has_content>
${msg("handbook.organisation.contact")}:: ${d.contact}
</#if>

=== ${msg("handbook.profile.title")}

[horizontal]
${msg("handbook.profile.profile")}:: ${d.profileName} (`${d.profileId}`)
${msg("handbook.profile.catalog")}:: ${d.catalogTitle} (`${d.catalogReference}`)
${msg("handbook.profile.chain")}:: ${d.profileChain}
<#if d.additions?has_content>
${msg("handbook.profile.additions")}:: ${d.additions}
</#if>
<#if d.profileDescription?has_content>

${d.profileDescription}
</#if>
<#if handbook.parameters?has_content>

.${msg("handbook.parameters.title")}
[cols="2,3"]
|===
| ${msg("handbook.parameters.name")} | ${msg("handbook.parameters.value")}

<#list handbook.parameters as p>
| `${p.name}` | ${p.value}
</#list>
|===
</#if>

== ${msg("handbook.roles.title")}

[cols="2,4,1"]
|===
| ${msg("handbook.roles.role")} | ${msg("handbook.roles.responsibilities")} | ${msg("handbook.roles.statements")}

<#list handbook.roles as r>
| *${r.name}* +
`${r.id}`
| ${r.description}
| ${r.statements}
</#list>
|===
<#list handbook.areas as area>

[[${area.anchor}]]
== ${area.id} ${area.name}

<#if area.description?has_content>
_${area.description}_

</#if>
<#if !area.items?has_content>
<#if area.excludedCount gt 0>${msg("handbook.area.none-in-scope.excluded", area.excludedCount)}<#else>${msg("handbook.area.none-in-scope")}</#if>
<#else>
<#if area.excludedCount gt 0>
${msg("handbook.area.excluded", area.excludedCount)}

</#if>
<#list area.items as item>

[[${item.anchor}]]
=== ${item.id} ${item.title}

[.item-facts,cols="1h,2,1h,2"]
|===
| ${msg("handbook.item.status")} | [.status-${item.statusCode}]#${item.status}# | ${msg("handbook.item.owner")} | ${item.owner}
| ${msg("handbook.item.target")} | ${item.target} | ${msg("handbook.item.claimed")} | ${item.claimed}
| ${msg("handbook.item.procedures")} 3+| <@a.links item.procedures/>
|===

<#if item.official??>
[.official-text]
<#if item.official.paragraphs?has_content>
.${item.official.label}
____
<#list item.official.paragraphs as p>
${p}
<#sep>

</#sep>
</#list>
____
<#else>
${item.official.label}
</#if>

</#if>
<#if item.textAdoc?has_content>
${item.textAdoc}

</#if>
<#if item.justification?has_content>
${msg("handbook.item.not-applicable", item.justification)}

</#if>
<@a.evidence item/>
<@a.verification item/>
<#if item.gaps?has_content>

[.gaps]
.${msg("handbook.item.gaps")}
<#list item.gaps as g>
* ${g}
</#list>
</#if>
</#list>
</#if>
</#list>
<#if handbook.procedures?has_content>

[[procedures]]
== ${msg("handbook.procedures.title")}

${msg("handbook.procedures.intro")}
<#list handbook.procedures as p>

[[${p.anchor}]]
=== ${p.title}

[horizontal]
${msg("handbook.procedure.owner")}:: <#if p.owner?has_content>${p.owner}<#else>–</#if>
${msg("handbook.procedure.satisfies")}:: <@a.links p.satisfies/>

:leveloffset: +2

${p.bodyAdoc}

:leveloffset!:
</#list>
</#if>

[appendix]
[[excluded-items]]
== ${msg("handbook.excluded.title")}

<#if handbook.excluded?has_content>
${msg("handbook.excluded.intro")}

[cols="2,4,5,3"]
|===
| ${msg("handbook.excluded.item")} | ${msg("handbook.excluded.item-title")} | ${msg("handbook.excluded.rationale")} | ${msg("handbook.excluded.decided-by")}

<#list handbook.excluded as x>
| [[${x.anchor}]]${x.id} | ${x.title} | ${x.rationale} | ${x.decidedBy}
</#list>
|===
<#else>
${msg("handbook.excluded.none")}
</#if>
<@gl.section glossary/>
