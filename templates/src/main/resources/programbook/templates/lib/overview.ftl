<#-- The overview (issue 13): one row per functional area and the charts made from the same numbers.
     Values arrive escaped from Java (OverviewView); a chart's src and alt are HTML attribute values. -->
<#macro section o preface=false>

<#if preface>[preface]
</#if>[[overview]]
== ${msg("overview.title")}

${msg("overview.intro")}

[.pb-overview,cols="1,4,1,1,1,1,1,1"]
|===
| ${msg("overview.area")} | ${msg("overview.name")} | ${msg("overview.in-scope")} | ${msg("overview.target")} | ${msg("overview.claimed")} | ${msg("overview.at-target")} | ${msg("overview.coverage")} | ${msg("overview.gaps")}

<#list o.rows as r>
| ${r.id} | ${r.name} | ${r.inScope} | ${r.target} | ${r.claimed} | ${r.atTarget} | ${r.coverage} | ${r.openGaps}
</#list>
|===
<@chart o.maturity/>
<@chart o.coverage/>
<#if o.history??>
<@chart o.history/>
</#if>

${msg("overview.chart.note")}
</#macro>
<#macro chart c>

++++
<div class="imageblock pb-chart"><div class="content"><img src="${c.src}" alt="${c.alt}" width="${c.width?c}" height="${c.height?c}"></div></div>
++++
</#macro>
