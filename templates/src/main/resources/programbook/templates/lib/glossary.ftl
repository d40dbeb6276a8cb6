<#-- The glossary (issue 13): terms and what they mean, escaped in Java (GlossaryView). -->
<#macro section g>

[appendix]
[[glossary]]
== ${msg("glossary.title")}
<#list g.sections as s>

.${s.title}
[cols="1,3"]
|===
<#list s.terms as t>
| ${t.term} | ${t.meaning}
</#list>
|===
</#list>
</#macro>
