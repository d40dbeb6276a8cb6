<#-- The changes document of the diff goal. Every value arrives escaped and formatted from Java; every word comes from the message bundle (section "changes (diff)"). -->
<#import "lib/control.ftl" as ctl>
<#assign h = changes.header>
= ${h.title}
:doctype: article
:toc: left
:toclevels: 2
:toc-title: ${msg("common.contents")}
:sectanchors:
:icons!:
:table-caption!:
:pb-diff: ${h.kind}

[.summary]
.${msg("changes.summary.title")}
[cols="1h,4",width=100%]
|===
<#list changes.summary as r>
| ${r.label} | ${r.value}
</#list>
|===
<#if changes.customer?? && changes.customer.firstEdition?has_content>

NOTE: ${changes.customer.firstEdition}
</#if>
<#if control??>
<@ctl.section control/>
</#if>
<#if changes.catalog??>
<#assign c = changes.catalog>

== ${msg("changes.catalog.between", c.from, c.to)}

<#if c.same>
${msg("changes.catalog.same", c.toTitle, c.to)}
<#else>
${msg("changes.catalog.from-to", c.fromTitle, c.from, c.toTitle, c.to)}

${c.note}
<#if c.inferred>

WARNING: ${msg("changes.catalog.inferred")}
<#elseif c.unverified gt 0>

NOTE: ${msg("changes.catalog.unverified", c.unverified)}
</#if>
<#if c.scoped>

${msg("changes.catalog.scoped")}
</#if>

[cols="3,1",width=40%]
|===
| ${msg("changes.catalog.count.change")} | ${msg("changes.catalog.count")}
<#list c.counts as r>
| ${r.label} | ${r.value}
</#list>
|===

=== ${msg("changes.change.added")}

<#if c.added?has_content>
[cols="2,4,6,1",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.note")} | ${msg("changes.column.confidence")}
<#list c.added as i>
| ${i.id} | ${i.title} | ${i.note} | ${i.confidence}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.change.removed")}

<#if c.removed?has_content>
[cols="2,4,6,1",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.note")} | ${msg("changes.column.confidence")}
<#list c.removed as i>
| ${i.id} | ${i.title} | ${i.note} | ${i.confidence}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.change.renamed")}

<#if c.renamed?has_content>
[cols="2,2,4,6,1",options=header]
|===
| ${msg("changes.column.was")} | ${msg("changes.column.now")} | ${msg("changes.column.title")} | ${msg("changes.column.note")} | ${msg("changes.column.verified")}
<#list c.renamed as i>
| ${i.from} | ${i.id} | ${i.title} | ${i.note} | ${i.verified}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.change.changed")}

<#if c.changed?has_content>
[cols="2,4,2,6,1",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.aspects")} | ${msg("changes.column.what-changed")} | ${msg("changes.column.verified")}
<#list c.changed as i>
| ${i.id} | <#if i.previousTitle?has_content>${msg("changes.title.was", i.title, i.previousTitle)}<#else>${i.title}</#if> | ${i.aspects} | ${i.note} | ${i.verified}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.reworded.title")}

<#if c.reworded?has_content>
<#list c.reworded as g>
${g.note}

[cols="2,6,1",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.verified")}
<#list g.items as i>
| ${i.id} | <#if i.previousTitle?has_content>${msg("changes.title.was", i.title, i.previousTitle)}<#else>${i.title}</#if> | ${i.verified}
</#list>
|===
<#sep>

</#sep>
</#list>
<#else>
${msg("changes.none.items")}
</#if>
</#if>
</#if>
<#if changes.profile??>
<#assign p = changes.profile>

== ${msg("changes.profile.title")}

${msg("changes.profile.from-to", p.from, p.to)}
<#if p.empty>

${msg("changes.profile.empty")}
<#else>

=== ${msg("changes.profile.entering")}

<#if p.entering?has_content>
[cols="2,4,6",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.reason")}
<#list p.entering as i>
| ${i.id} | ${i.title} | ${i.reason}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.profile.leaving")}

<#if p.leaving?has_content>
[cols="2,4,6",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.reason")}
<#list p.leaving as i>
| ${i.id} | ${i.title} | ${i.reason}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.profile.raised")}

<#if p.raised?has_content>
[cols="2,4,1,1,4",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.was")} | ${msg("changes.column.now")} | ${msg("changes.column.rule")}
<#list p.raised as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to} | ${i.rule}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.profile.lowered")}

<#if p.lowered?has_content>
[cols="2,4,1,1,4",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.was")} | ${msg("changes.column.now")} | ${msg("changes.column.rule")}
<#list p.lowered as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to} | ${i.rule}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.profile.parameters")}

<#if p.parameters?has_content>
[cols="2,3,3",options=header]
|===
| ${msg("changes.column.parameter")} | ${msg("changes.column.was")} | ${msg("changes.column.now")}
<#list p.parameters as x>
| ${x.name} | ${x.from} | ${x.to}
</#list>
|===
<#else>
${msg("changes.none.changed")}
</#if>
</#if>
</#if>
<#-- issue 14 (i14d): a customer's accepted deviations, added, removed and changed -->
<#if changes.customer??>
<#assign x = changes.customer>

== ${msg("changes.customer.deviations.title")}

=== ${msg("changes.customer.deviations.added")}

<#if x.added?has_content>
[cols="3,5,5,5,3,3",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.customer.column.difference")} | ${msg("changes.customer.column.compensation")} | ${msg("changes.customer.column.accepted-by")} | ${msg("changes.customer.column.valid-until")}
<#list x.added as d>
| ${d.id} | ${d.title} | ${d.difference} | ${d.compensation} | ${d.accepted} | ${d.validUntil}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.customer.deviations.removed")}

<#if x.removed?has_content>
[cols="2,4,6,3",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.customer.column.difference")} | ${msg("changes.customer.column.valid-until")}
<#list x.removed as d>
| ${d.id} | ${d.title} | ${d.difference} | ${d.validUntil}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.customer.deviations.changed")}

<#if x.changed?has_content>
[cols="2,4,2,5,5",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.what-changed")} | ${msg("changes.column.was")} | ${msg("changes.column.now")}
<#list x.changed as d>
| ${d.id} | ${d.title} | ${d.aspects} | ${d.was} | ${d.now}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>
</#if>
<#if changes.program??>
<#assign g = changes.program>
<#if !changes.outside>

== ${msg("changes.review.title")}

<#if g.toReview?has_content>
${msg("changes.review.intro", "`reviewed: {edition: ...}`")}

[cols="2,4,6",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.review-reason")}
<#list g.toReview as i>
| ${i.id} | ${i.title} | ${i.reason}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>
</#if>

== ${msg("changes.statements.title")}

=== ${msg("changes.statements.added")}

<#if g.added?has_content>
[cols="2,6,2",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.status")}
<#list g.added as i>
| ${i.id} | ${i.title} | ${i.to}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.statements.removed")}

<#if g.removed?has_content>
[cols="2,6,2",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.status-was")}
<#list g.removed as i>
| ${i.id} | ${i.title} | ${i.from}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.statements.status")}

<#if g.status?has_content>
[cols="2,6,2,2",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.was")} | ${msg("changes.column.now")}
<#list g.status as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.statements.maturity")}

<#if g.maturity?has_content>
[cols="2,6,2,2",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.was")} | ${msg("changes.column.now")}
<#list g.maturity as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>

=== ${msg("changes.statements.text")}

<#if g.text?has_content>
<#list g.text as i>
* ${i.id} ${i.title}
</#list>
<#else>
${msg("changes.none.items")}
</#if>

<#-- issue 16: how the latest assessment verdicts moved, between programs with assessments -->
<#if g.verdicts?has_content>
=== ${msg("changes.statements.verdict")}

[cols="2,6,2,2",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.was")} | ${msg("changes.column.now")}
<#list g.verdicts as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to}
</#list>
|===

</#if>
== ${msg("changes.coverage.title")}

[cols="3,2,2,2",width=60%,options=header]
|===
<#if changes.outside>
| | ${msg("changes.customer.coverage.before")} | ${msg("changes.customer.coverage.after")} | ${msg("changes.coverage.change")}
<#else>
| | ${msg("changes.coverage.baseline")} | ${msg("changes.coverage.current")} | ${msg("changes.coverage.change")}
</#if>
<#list g.totals as t>
| ${t.label} | ${t.from} | ${t.to} | ${t.change}
</#list>
|===

=== ${msg("changes.coverage.items.title")}

<#if g.coverage?has_content>
[cols="2,5,2,2,4",options=header]
|===
| ${msg("changes.column.item")} | ${msg("changes.column.title")} | ${msg("changes.column.was")} | ${msg("changes.column.now")} | ${msg("changes.column.gaps-now")}
<#list g.coverage as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to} | ${i.gaps}
</#list>
|===
<#else>
${msg("changes.none.items")}
</#if>
</#if>
