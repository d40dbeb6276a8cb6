<#-- Shared AsciiDoc macros. Values arrive escaped from Java; these only lay them out, words come from msg(). -->
<#macro links list empty="–"><#if list?has_content><#list list as l><<${l.anchor},${l.label}>><#sep>, </#sep></#list><#else>${empty}</#if></#macro>
<#macro evidence item>
<#if item.evidence?has_content>
.${msg("common.evidence")}
<#list item.evidence as e>
* <#if e.id?has_content>[.evidence-id]#${e.id}# </#if>${e.shown}<#if e.date?has_content>, ${e.date}</#if><#if e.missing> [.gap]#${msg("common.evidence.file-missing")}#</#if>
</#list>
</#if>
</#macro>
<#macro verification item>
<#if item.verification?has_content>

.${msg("common.verification")}
<#list item.verification as v>
* <#if v.note?has_content>${msg("common.verification.entry.note", v.date, v.result, v.by, v.note)}<#else>${msg("common.verification.entry", v.date, v.result, v.by)}</#if>
</#list>
</#if>
</#macro>
