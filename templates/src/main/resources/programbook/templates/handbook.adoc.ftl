<#import "lib/adoc.ftl" as a>
<#assign d = handbook.document>
<#assign s = handbook.summary>
= ${d.title}
${d.organisation}
<#if d.date?has_content>v${d.version}, ${d.date}<#else>v${d.version}</#if>
:doctype: book
:toc: left
:toclevels: 2
:toc-title: Contents
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

[preface]
== About this handbook

This handbook describes the security program of ${d.organisation} for the integration and maintenance of automation solutions.
It follows the catalogue *${d.catalogTitle}* (`${d.catalogReference}`) as tailored by the profile *${d.profileName}*<#if d.profileVersion?has_content> (version ${d.profileVersion})</#if>.
<#if d.catalogNote?has_content>

NOTE: ${d.catalogNote}
</#if>
<#if d.licenceNotice?has_content>

IMPORTANT: ${d.licenceNotice}
</#if>

[.summary]
.Summary
[cols="3,1",width=60%]
|===
| Requirement items in the catalogue | ${s.catalogItems}
| In scope of the profile | ${s.inScope}
| Excluded by the profile | ${s.excluded}
| Covered (implemented at target maturity, with evidence) | ${s.covered}
| With gaps | ${s.gaps}
| Coverage | ${s.coveragePercent} %
|===

[.summary]
.Statements of in-scope items by status
[cols="3,1",width=60%]
|===
| Implemented | ${s.implemented}
| Partially implemented | ${s.partial}
| Planned | ${s.planned}
| Not applicable | ${s.notApplicable}
| No statement | ${s.noStatement}
|===

== Scope

<#if d.scopeAdoc?has_content>
${d.scopeAdoc}
<#else>
The program does not describe its scope yet.
</#if>

=== Organisation

[horizontal]
Name:: ${d.organisation}
<#if d.address?has_content>
Address:: ${d.address}
</#if>
<#if d.contact?has_content>
Security contact:: ${d.contact}
</#if>

=== Profile

[horizontal]
Profile:: ${d.profileName} (`${d.profileId}`)
Catalogue:: ${d.catalogTitle} (`${d.catalogReference}`)
Profile chain:: ${d.profileChain}
<#if d.additions?has_content>
Organisation requirements:: ${d.additions}
</#if>
<#if d.profileDescription?has_content>

${d.profileDescription}
</#if>
<#if handbook.parameters?has_content>

.Organisation-defined parameters
[cols="2,3"]
|===
| Parameter | Value

<#list handbook.parameters as p>
| `${p.name}` | ${p.value}
</#list>
|===
</#if>

== Roles

[cols="2,4,1"]
|===
| Role | Responsibilities | Statements owned

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
No item of this functional area is in scope<#if area.excludedCount gt 0>: the profile excludes all ${area.excludedCount} of them (see <<excluded-items>>)</#if>.
<#else>
<#if area.excludedCount gt 0>
The profile excludes ${area.excludedCount} item<#if area.excludedCount gt 1>s</#if> of this area (see <<excluded-items>>).

</#if>
<#list area.items as item>

[[${item.anchor}]]
=== ${item.id} ${item.title}

[.item-facts,cols="1,2,1,2"]
|===
| Status | [.status-${item.status?replace(" ", "-")}]#${item.status}# | Owner | ${item.owner}
| Target maturity | ${item.target} | Claimed maturity | ${item.claimed}
| Procedures 3+| <@a.links item.procedures/>
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
Not applicable: ${item.justification}

</#if>
<@a.evidence item/>
<@a.verification item/>
<#if item.gaps?has_content>

[.gaps]
.Gaps
<#list item.gaps as g>
* ${g}
</#list>
</#if>
</#list>
</#if>
</#list>
<#if handbook.procedures?has_content>

[[procedures]]
== Procedures

The procedures below are how the program is carried out. Each names the items it satisfies.
<#list handbook.procedures as p>

[[${p.anchor}]]
=== ${p.title}

[horizontal]
Owner:: <#if p.owner?has_content>${p.owner}<#else>–</#if>
Satisfies:: <@a.links p.satisfies/>

:leveloffset: +2

${p.bodyAdoc}

:leveloffset!:
</#list>
</#if>

[appendix]
[[excluded-items]]
== Excluded items

<#if handbook.excluded?has_content>
The profile takes these items out of scope. Each decision names the profile rule that made it.

[cols="2,4,5,3"]
|===
| Item | Title | Rationale | Decided by

<#list handbook.excluded as x>
| [[${x.anchor}]]${x.id} | ${x.title} | ${x.rationale} | ${x.decidedBy}
</#list>
|===
<#else>
The profile excludes no item.
</#if>
