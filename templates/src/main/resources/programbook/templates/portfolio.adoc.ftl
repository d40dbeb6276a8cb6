<#-- The provider's portfolio of customer editions: one row per customer. Values arrive escaped from Java. -->
= ${msg("portfolio.title", portfolio.title)}
${portfolio.organisation}
<#if portfolio.date?has_content>${portfolio.date}</#if>
:sectanchors:
:icons!:
:table-caption!:

${msg("portfolio.intro")}

[cols="${portfolio.cols}",options="header"]
|===
<#list portfolio.headers as h>| ${h} </#list>

<#list portfolio.rows as r>
<#list r as c>| ${c}
</#list>

</#list>
|===
