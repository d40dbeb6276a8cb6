<#-- The chapter of a customer edition (included by handbook.adoc.ftl when the handbook is for a customer): who it is for, what the asset owner has to do, the deviations it accepted. Values arrive escaped from Java. -->
<#assign c = handbook.customer>

[[customer]]
== ${msg("customer.title", c.name)}

${msg("customer.intro", c.name)}
<#if c.contact?has_content>

[horizontal]
${msg("customer.contact")}:: ${c.contact}
</#if>

[[asset-owner-tasks]]
=== ${msg("customer.duties.title")}

<#if c.duties?has_content>
${msg("customer.duties.intro")}

[cols="1,4"]
|===
| ${msg("customer.duties.item")} | ${msg("customer.duties.task")}

<#list c.duties as t>
| <<${t.item.anchor},${t.item.label}>> | ${t.task}
</#list>
|===
<#else>
${msg("customer.duties.none")}
</#if>

[[deviations]]
=== ${msg("customer.deviations.title")}

<#if c.deviations?has_content>
[cols="1,3,3,2,1,1"]
|===
| ${msg("customer.deviations.item")} | ${msg("customer.deviations.difference")} | ${msg("customer.deviations.compensation")} | ${msg("customer.deviations.accepted-by")} | ${msg("customer.deviations.accepted-on")} | ${msg("customer.deviations.valid-until")}

<#list c.deviations as d>
| <<${d.item.anchor},${d.item.label}>> | ${d.difference} | ${d.compensation} | ${d.acceptedBy} | ${d.acceptedOn} | ${d.validUntil}<#if d.expired> [.gap]#${msg("customer.deviations.expired")}#</#if>
</#list>
|===
<#else>
${msg("customer.deviations.none")}
</#if>
