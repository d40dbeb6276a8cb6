<#-- Document control (issue 13): the section every controlled document prints near its start.
     Values arrive escaped from Java (ControlView); words come from msg(). -->
<#macro section c preface=false>
<#if c.shown>

<#if preface>[preface]
</#if>[[document-control]]
== ${msg("control.title")}
<#if c.draft>

[.pb-draft-reasons]
.${msg("control.draft.title")}
<#list c.draftReasons as r>
* ${r}
</#list>
</#if>
<#if c.declared>

[horizontal]
${msg("control.status")}:: ${c.status}
<#if c.owner?has_content>
${msg("control.owner")}:: ${c.owner}
</#if>
<#if c.classification?has_content>
${msg("control.classification")}:: ${c.classification}
</#if>
<#if c.distribution?has_content>
${msg("control.distribution")}:: ${c.distribution}
</#if>
<#if c.reviewInterval?has_content>
${msg("control.review-interval")}:: ${c.reviewInterval}
</#if>
<#if c.nextReview?has_content>
${msg("control.next-review")}:: ${c.nextReview}
</#if>
<@signoffs c.reviewers "control.reviewers"/>
<@signoffs c.approvers "control.approvers"/>
</#if>
<#if c.uncommitted?has_content>

NOTE: ${c.uncommitted}
</#if>

[[revision-history]]
=== ${msg("control.revisions.title")}

<#if c.revisions?has_content>
<#if c.revisionChanges>
[.pb-revisions,cols="1,2,2,4,4"]
|===
| ${msg("control.revisions.version")} | ${msg("control.revisions.date")} | ${msg("control.revisions.author")} | ${msg("control.revisions.description")} | ${msg("control.revisions.changes")}

<#list c.revisions as r>
| ${r.version} | ${r.date} | ${r.author} | ${r.description} | ${r.changes}
</#list>
|===
<#else>
[.pb-revisions,cols="1,2,2,6"]
|===
| ${msg("control.revisions.version")} | ${msg("control.revisions.date")} | ${msg("control.revisions.author")} | ${msg("control.revisions.description")}

<#list c.revisions as r>
| ${r.version} | ${r.date} | ${r.author} | ${r.description}
</#list>
|===
</#if>
<#else>
${msg("control.revisions.none")}
</#if>
<#if c.unfinished?has_content>

[[unfinished-statements]]
=== ${msg("control.unfinished.title")}

[cols="1,3"]
|===
| ${msg("control.unfinished.item")} | ${msg("control.unfinished.where")}

<#list c.unfinished as u>
| ${u.item} | ${u.where}
</#list>
|===
</#if>
</#if>
</#macro>
<#macro signoffs list key>
<#if list?has_content>

.${msg(key)}
[cols="2,2,1"]
|===
| ${msg("control.signoff.name")} | ${msg("control.signoff.role")} | ${msg("control.signoff.date")}

<#list list as s>
| ${s.name} | ${s.role} | ${s.date}
</#list>
|===
</#if>
</#macro>
