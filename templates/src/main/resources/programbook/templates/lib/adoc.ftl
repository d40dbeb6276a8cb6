<#-- Shared AsciiDoc macros. Values arrive escaped from Java; these only lay them out. -->
<#macro links list empty="–"><#if list?has_content><#list list as l><<${l.anchor},${l.label}>><#sep>, </#sep></#list><#else>${empty}</#if></#macro>
<#macro evidence item>
<#if item.evidence?has_content>
.Evidence
<#list item.evidence as e>
* <#if e.url>link:${e.location}[${e.title}]<#else>${e.title} (`${e.location}`)</#if><#if e.date?has_content>, ${e.date}</#if><#if e.missing> [.gap]#file missing#</#if>
</#list>
</#if>
</#macro>
<#macro verification item>
<#if item.verification?has_content>

.Verification
<#list item.verification as v>
* ${v.date}: ${v.result} by ${v.by}<#if v.note?has_content> (${v.note})</#if>
</#list>
</#if>
</#macro>
