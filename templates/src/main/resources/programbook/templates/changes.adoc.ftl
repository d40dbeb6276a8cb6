<#-- The changes document of the diff goal. Every value arrives escaped and formatted from Java. -->
<#assign h = changes.header>
= ${h.title}
:doctype: article
:toc: left
:toclevels: 2
:toc-title: Contents
:sectanchors:
:icons!:
:table-caption!:
:pb-diff: ${h.kind}

[.summary]
.Summary
[cols="1h,4",width=100%]
|===
<#list changes.summary as r>
| ${r.label} | ${r.value}
</#list>
|===
<#if changes.catalog??>
<#assign c = changes.catalog>

== Catalogue: ${c.from} to ${c.to}

<#if c.same>
Both sides follow ${c.toTitle} (`${c.to}`).
<#else>
From *${c.fromTitle}* (`${c.from}`) to *${c.toTitle}* (`${c.to}`).

${c.note}
<#if c.inferred>

WARNING: Programbook has no edition mapping between these editions. Items are matched by id; read both editions before relying on this list.
<#elseif c.unverified gt 0>

NOTE: ${c.unverified} entries of the edition mapping are unverified: they rest on one public source or on our reading, not on the licensed text. They are marked "no" under _Verified_.
</#if>
<#if c.scoped>

Only the items in scope on either side are listed below; the counts cover the whole catalogue.
</#if>

[cols="3,1",width=40%]
|===
| Change | Items
<#list c.counts as r>
| ${r.label} | ${r.value}
</#list>
|===

=== Added

<#if c.added?has_content>
[cols="2,4,6,1",options=header]
|===
| Item | Title | Note | Confidence
<#list c.added as i>
| ${i.id} | ${i.title} | ${i.note} | ${i.confidence}
</#list>
|===
<#else>
None.
</#if>

=== Removed

<#if c.removed?has_content>
[cols="2,4,6,1",options=header]
|===
| Item | Title | Note | Confidence
<#list c.removed as i>
| ${i.id} | ${i.title} | ${i.note} | ${i.confidence}
</#list>
|===
<#else>
None.
</#if>

=== Renamed

<#if c.renamed?has_content>
[cols="2,2,4,6,1",options=header]
|===
| Was | Now | Title | Note | Verified
<#list c.renamed as i>
| ${i.from} | ${i.id} | ${i.title} | ${i.note} | ${i.verified}
</#list>
|===
<#else>
None.
</#if>

=== Changed

<#if c.changed?has_content>
[cols="2,4,2,6,1",options=header]
|===
| Item | Title | Kind | What changed | Verified
<#list c.changed as i>
| ${i.id} | ${i.title}<#if i.previousTitle?has_content> (was: ${i.previousTitle})</#if> | ${i.aspects} | ${i.note} | ${i.verified}
</#list>
|===
<#else>
None.
</#if>

=== Reworded only

<#if c.reworded?has_content>
<#list c.reworded as g>
${g.note}

[cols="2,6,1",options=header]
|===
| Item | Title | Verified
<#list g.items as i>
| ${i.id} | ${i.title}<#if i.previousTitle?has_content> (was: ${i.previousTitle})</#if> | ${i.verified}
</#list>
|===
<#sep>

</#sep>
</#list>
<#else>
None.
</#if>
</#if>
</#if>
<#if changes.profile??>
<#assign p = changes.profile>

== Profile

From ${p.from} to ${p.to}.
<#if p.empty>

The profile decides scope, target maturity and parameters the same way on both sides.
<#else>

=== Entering scope

<#if p.entering?has_content>
[cols="2,4,6",options=header]
|===
| Item | Title | Why
<#list p.entering as i>
| ${i.id} | ${i.title} | ${i.reason}
</#list>
|===
<#else>
None.
</#if>

=== Leaving scope

<#if p.leaving?has_content>
[cols="2,4,6",options=header]
|===
| Item | Title | Why
<#list p.leaving as i>
| ${i.id} | ${i.title} | ${i.reason}
</#list>
|===
<#else>
None.
</#if>

=== Target maturity raised

<#if p.raised?has_content>
[cols="2,4,1,1,4",options=header]
|===
| Item | Title | Was | Now | Rule
<#list p.raised as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to} | ${i.rule}
</#list>
|===
<#else>
None.
</#if>

=== Target maturity lowered

<#if p.lowered?has_content>
[cols="2,4,1,1,4",options=header]
|===
| Item | Title | Was | Now | Rule
<#list p.lowered as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to} | ${i.rule}
</#list>
|===
<#else>
None.
</#if>

=== Parameters

<#if p.parameters?has_content>
[cols="2,3,3",options=header]
|===
| Parameter | Was | Now
<#list p.parameters as x>
| ${x.name} | ${x.from} | ${x.to}
</#list>
|===
<#else>
None changed.
</#if>
</#if>
</#if>
<#if changes.program??>
<#assign g = changes.program>

== Statements to review

<#if g.toReview?has_content>
The requirement behind each of these statements moved since the statement was last reviewed. Re-read each against the current edition, update it where needed, and record the review (`reviewed: {edition: ...}`).

[cols="2,4,6",options=header]
|===
| Item | Title | What moved
<#list g.toReview as i>
| ${i.id} | ${i.title} | ${i.reason}
</#list>
|===
<#else>
None.
</#if>

== Statements

=== Added

<#if g.added?has_content>
[cols="2,6,2",options=header]
|===
| Item | Title | Status
<#list g.added as i>
| ${i.id} | ${i.title} | ${i.to}
</#list>
|===
<#else>
None.
</#if>

=== Removed

<#if g.removed?has_content>
[cols="2,6,2",options=header]
|===
| Item | Title | Status was
<#list g.removed as i>
| ${i.id} | ${i.title} | ${i.from}
</#list>
|===
<#else>
None.
</#if>

=== Status changed

<#if g.status?has_content>
[cols="2,6,2,2",options=header]
|===
| Item | Title | Was | Now
<#list g.status as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to}
</#list>
|===
<#else>
None.
</#if>

=== Claimed maturity changed

<#if g.maturity?has_content>
[cols="2,6,2,2",options=header]
|===
| Item | Title | Was | Now
<#list g.maturity as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to}
</#list>
|===
<#else>
None.
</#if>

=== Text changed

<#if g.text?has_content>
<#list g.text as i>
* ${i.id} ${i.title}
</#list>
<#else>
None.
</#if>

== Coverage

[cols="3,2,2,2",width=60%,options=header]
|===
| | Baseline | Current | Change
<#list g.totals as t>
| ${t.label} | ${t.from} | ${t.to} | ${t.change}
</#list>
|===

=== Items whose coverage changed

<#if g.coverage?has_content>
[cols="2,5,2,2,4",options=header]
|===
| Item | Title | Was | Now | Gaps now
<#list g.coverage as i>
| ${i.id} | ${i.title} | ${i.from} | ${i.to} | ${i.gaps}
</#list>
|===
<#else>
None.
</#if>
</#if>
