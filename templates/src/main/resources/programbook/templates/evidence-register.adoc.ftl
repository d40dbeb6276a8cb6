<#-- The evidence register: every evidence record once, by id. Values arrive escaped from Java. -->
<#assign h = register.header>
= ${msg("document.evidence-register.title", h.title)}
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

${msg("register.intro", register.records?size)}
${msg("register.intro.package", register.packaged, register.files)}
${msg("register.intro.links")}

[.summary]
[cols="3h,1",width=50%]
|===
| ${msg("register.summary.records")} | ${register.records?size}
| ${msg("register.summary.files")} | ${register.files}
| ${msg("register.summary.packaged")} | ${register.packaged}
| ${msg("register.summary.addresses")} | ${register.addresses}
<#if register.kept gt 0>
| ${msg("register.summary.kept")} | ${register.kept}
</#if>
| ${msg("register.summary.missing")} | ${register.missing}
|===

== ${msg("register.records.title")}
<#if !register.records?has_content>

${msg("register.none")}
<#else>

[.evidence-register,cols="3,6,3,3,5",options="header"]
|===
| ${msg("register.column.id")} | ${msg("register.column.record")} | ${msg("register.column.owner-dates")} | ${msg("register.column.items")} | ${msg("register.column.file")}
<#list register.records as r>

| [[${r.anchor}]]`${r.id}`
| *${r.title}* +
${r.location}<#if r.state?has_content> +
[.gap]#${r.state}#</#if>
| <#if r.owner?has_content>${r.owner}<#else>–</#if><#if r.date?has_content> +
${msg("register.dated", r.date)}</#if><#if r.validUntil?has_content> +
${msg("register.valid-until", r.validUntil)}</#if>
| ${r.items}
| ${r.kind}, ${r.access}<#if r.size?has_content> +
${r.size} +
[.hash]#${r.sha256}#</#if>
</#list>
|===
</#if>
