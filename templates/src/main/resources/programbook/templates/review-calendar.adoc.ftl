<#-- The review calendar: what expired or is overdue, and what falls due next. Values arrive escaped from Java. -->
<#assign h = calendar.header>
= ${msg("document.review-calendar.title", h.title)}
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

<#if calendar.asOf?has_content>${msg("calendar.intro", calendar.months, calendar.asOf)}<#else>${msg("calendar.intro.undated")}</#if>
${msg("calendar.intro.ics", calendar.total)}
<#if calendar.asOf?has_content>

[[calendar-past]]
== ${msg("calendar.past.title")}

<#if calendar.past?has_content>
<@dates calendar.past/>
<#else>
${msg("calendar.past.none")}
</#if>
</#if>

[[calendar-upcoming]]
== <#if calendar.asOf?has_content>${msg("calendar.upcoming.title", calendar.months)}<#else>${msg("calendar.all.title")}</#if>

<#if calendar.upcoming?has_content>
<@dates calendar.upcoming/>
<#else>
${msg("calendar.upcoming.none")}
</#if>
<#macro dates list>
[.review-calendar,cols="2,2,6,3,4",options="header"]
|===
| ${msg("calendar.column.date")} | ${msg("calendar.column.kind")} | ${msg("calendar.column.subject")} | ${msg("calendar.column.owner")} | ${msg("calendar.column.where")}
<#list list as d>

| ${d.date}
| ${d.kind}
| ${d.subject}
| <#if d.owner?has_content>${d.owner}<#else>–</#if>
| <#if d.where?has_content>`${d.where}`</#if>
</#list>
|===
</#macro>
