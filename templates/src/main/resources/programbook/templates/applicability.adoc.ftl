<#-- Statement of applicability. Every value arrives escaped and counted from Java; this only lays it out. -->
<#assign h = soa.header>
<#assign t = soa.totals>
= ${h.title}
${h.organisation}
<#if h.date?has_content>v${h.version}, ${h.date}<#else>v${h.version}</#if>
:doctype: article
:toc: left
:toclevels: 1
:toc-title: Contents
:sectanchors:
:sectlinks:
:icons!:
:table-caption!:
:pb-catalog: ${h.catalogReference}
:pb-profile: ${h.profileId}

== About this statement

This statement lists every requirement item of *${h.catalogTitle}* (`${h.catalogReference}`)<#if t.organisationItems gt 0> and the ${t.organisationItems} requirements ${h.organisation} adds of its own</#if>.
For each it says whether the item applies to the security program of ${h.organisation} under the profile *${h.profileName}* (`${h.profileId}`<#if h.profileVersion?has_content>, version ${h.profileVersion}</#if>): if it applies, at which target maturity level; if it does not, why not.
Each decision names the profile rule that made it and the profile file and line where that rule is written.
<#if h.profileDescription?has_content>

${h.profileDescription}
</#if>
<#if h.catalogNote?has_content>

NOTE: ${h.catalogNote}
</#if>
<#if soa.licenceNotice?has_content>

IMPORTANT: ${soa.licenceNotice}
</#if>

[.summary]
.Summary
[cols="3,1",width=60%]
|===
| Requirement items | ${t.items}
<#if t.organisationItems gt 0>
| of which from `${h.catalogReference}` | ${t.standardItems}
| of which the organisation's own | ${t.organisationItems}
</#if>
| Apply (in scope) | ${t.inScope}
| Do not apply (excluded) | ${t.excluded}
|===

[.summary]
.Items that apply, by target maturity
[cols="1,3,1",width=60%]
|===
| Level | Name | Items

<#list soa.levels as l>
| ${l.level} | ${l.name} | ${l.items}
</#list>
|===

[.summary]
.Items by functional area
[cols="1,4,1,1,1"]
|===
| Area | Name | Items | Apply | Do not apply

<#list soa.areas as a>
| <<${a.anchor},${a.id}>> | ${a.name} | ${a.items} | ${a.inScope} | ${a.excluded}
</#list>
|===

== Profile

.Profile chain, in the order it applies: a later profile's decision about an item replaces an earlier one's
[cols="2,4,1,4,2"]
|===
| Profile | Name | Version | File | Extends

<#list soa.chain as p>
| `${p.id}` | ${p.name} | ${p.version} | ${p.file} | <#if p.parents?has_content>${p.parents}<#else>–</#if>
</#list>
|===

.Catalogues
[cols="2,5,1,4"]
|===
| Catalogue | Title | Items | Source

<#list soa.catalogs as c>
| `${c.reference}` | ${c.title} | ${c.items} | ${c.file}
</#list>
|===
<#if soa.parameters?has_content>

.Organisation-defined parameters
[cols="2,3,4"]
|===
| Parameter | Value | Set by

<#list soa.parameters as p>
| `${p.name}` | ${p.value} | ${p.setBy}
</#list>
|===
</#if>
<#list soa.areas as a>

[[${a.anchor}]]
== ${a.id} ${a.name}

<#if a.source?has_content>
${a.source}

</#if>
${a.items} item<#if a.items != 1>s</#if>: ${a.inScope} apply, ${a.excluded} do<#if a.excluded == 1>es</#if> not apply.

[.soa,cols="3,6,3,3,9,6"]
|===
| Item | Title | Applies | Target maturity | Rationale | Decided by
<#list a.rows as r>

| [[${r.anchor}]]${r.id}
| ${r.title}<#if r.topic?has_content || r.subtopic?has_content>

<#if r.topic?has_content>_Topic:_ ${r.topic}</#if><#if r.topic?has_content && r.subtopic?has_content> · </#if><#if r.subtopic?has_content>_Subtopic:_ ${r.subtopic}</#if></#if><#list r.officialText as p>

[.official]#${p}#</#list>
| <#if r.inScope>[.applies-yes]#yes#<#else>[.applies-no]#no#</#if>
| <#if r.target?has_content>${r.target}<#else>–</#if>
|<#if r.rationale?has_content> ${r.rationale}</#if>
| <#list r.decidedBy as d>${d}<#sep> +${"\n"}</#sep></#list>
</#list>
|===
</#list>
