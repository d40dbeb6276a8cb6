<#-- Statement of applicability. Every value arrives escaped and counted from Java; this only lays it out. -->
<#import "lib/control.ftl" as ctl>
<#assign h = soa.header>
<#assign t = soa.totals>
= ${h.title}
${h.organisation}
<#if h.date?has_content>v${h.version}, ${h.date}<#else>v${h.version}</#if>
:doctype: article
:toc: left
:toclevels: 1
:toc-title: ${msg("common.contents")}
:sectanchors:
:sectlinks:
:icons!:
:table-caption!:
:pb-catalog: ${h.catalogReference}
:pb-profile: ${h.profileId}
<@ctl.section control/>

== ${msg("applicability.about.title")}

<#if t.organisationItems gt 0>${msg("applicability.about.lists.additions", h.catalogTitle, h.catalogReference, t.organisationItems, h.organisation)}<#else>${msg("applicability.about.lists", h.catalogTitle, h.catalogReference)}</#if>
<#if h.profileVersion?has_content>${msg("applicability.about.applies.version", h.organisation, h.profileName, h.profileId, h.profileVersion)}<#else>${msg("applicability.about.applies", h.organisation, h.profileName, h.profileId)}</#if>
${msg("applicability.about.decisions")}
<#if soa.defaults.scope?has_content>
${msg("applicability.about.defaults", soa.defaults.scope, soa.defaults.maturity)}
</#if>
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
.${msg("applicability.summary.title")}
[cols="3h,1",width=60%]
|===
| ${msg("applicability.summary.items")} | ${t.items}
<#if t.organisationItems gt 0>
| ${msg("applicability.summary.standard-items", h.catalogReference)} | ${t.standardItems}
| ${msg("applicability.summary.organisation-items")} | ${t.organisationItems}
</#if>
| ${msg("applicability.summary.in-scope")} | ${t.inScope}
| ${msg("applicability.summary.excluded")} | ${t.excluded}
|===

[.summary]
.${msg("applicability.levels.title")}
[cols="1,3,1",width=60%]
|===
| ${msg("applicability.levels.level")} | ${msg("applicability.levels.name")} | ${msg("applicability.levels.items")}

<#list soa.levels as l>
| ${l.level} | ${l.name} | ${l.items}
</#list>
|===

[.summary]
.${msg("applicability.areas.title")}
[cols="1,4,1,1,1"]
|===
| ${msg("applicability.areas.area")} | ${msg("applicability.areas.name")} | ${msg("applicability.areas.items")} | ${msg("applicability.areas.in-scope")} | ${msg("applicability.areas.excluded")}

<#list soa.areas as a>
| <<${a.anchor},${a.id}>> | ${a.name} | ${a.items} | ${a.inScope} | ${a.excluded}
</#list>
|===

== ${msg("applicability.profile.title")}

.${msg("applicability.chain.title")}
[cols="2,4,1,4,2"]
|===
| ${msg("applicability.chain.profile")} | ${msg("applicability.chain.name")} | ${msg("applicability.chain.version")} | ${msg("applicability.chain.file")} | ${msg("applicability.chain.extends")}

<#list soa.chain as p>
| `${p.id}` | ${p.name} | ${p.version} | ${p.file} | <#if p.parents?has_content>${p.parents}<#else>–</#if>
</#list>
|===

.${msg("applicability.catalogs.title")}
[cols="2,5,1,4"]
|===
| ${msg("applicability.catalogs.catalog")} | ${msg("applicability.catalogs.catalog-title")} | ${msg("applicability.catalogs.items")} | ${msg("applicability.catalogs.source")}

<#list soa.catalogs as c>
| `${c.reference}` | ${c.title} | ${c.items} | ${c.file}
</#list>
|===
<#if soa.parameters?has_content>

.${msg("applicability.parameters.title")}
[cols="2,3,4"]
|===
| ${msg("applicability.parameters.name")} | ${msg("applicability.parameters.value")} | ${msg("applicability.parameters.set-by")}

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
${msg("applicability.area.counts", a.items, a.inScope, a.excluded)}

[.soa,cols="3,10,2,3,7,5"]
|===
| ${msg("applicability.table.item")} | ${msg("applicability.table.title")} | ${msg("applicability.table.applies")} | ${msg("applicability.table.target")} | ${msg("applicability.table.rationale")} | ${msg("applicability.table.decided-by")}
<#list a.rows as r>

| [[${r.anchor}]]${r.id}
| ${r.title}<#if r.topic?has_content || r.subtopic?has_content>

<#if r.topic?has_content>_${msg("applicability.table.topic")}:_ ${r.topic}</#if><#if r.topic?has_content && r.subtopic?has_content> · </#if><#if r.subtopic?has_content>_${msg("applicability.table.subtopic")}:_ ${r.subtopic}</#if></#if><#list r.officialText as p>

[.official]#${p}#</#list>
| <#if r.notApplicable>[.applies-no]#${msg("applicability.table.not-applicable")}#<#elseif r.inScope>[.applies-yes]#${msg("applicability.table.yes")}#<#else>[.applies-no]#${msg("applicability.table.no")}#</#if>
| <#if r.target?has_content>${r.target}<#else>–</#if>
|<#if r.exclusion?has_content> <<${r.exclusion},${msg("applicability.table.see-exclusion")}>><#elseif r.rationale?has_content> ${r.rationale}</#if>
|<#list r.decidedBy as d> ${d}<#sep> +${"\n"}</#sep></#list>
</#list>
|===
</#list>
<#if soa.exclusions?has_content>

[[excluded-by-rule]]
== ${msg("applicability.excluded.title")}

${msg("applicability.excluded.intro")}
<#list soa.exclusions as x>

[[${x.anchor}]]
=== ${x.rule}

<#if x.rationale?has_content>${x.rationale}<#else>${msg("applicability.excluded.no-rationale")}</#if>

${msg("applicability.excluded.items", x.items?size)} <#list x.items as i><<${i.anchor},${i.id}>><#sep>, </#sep></#list>
</#list>
</#if>
