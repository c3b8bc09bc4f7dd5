using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GraphViz.Server.Cli;

/// <summary>The JSON form of an extraction: the documented contract of the extract verb.</summary>
public static class ExtractionJson
{
    public static string Write(ArticleExtraction x) => ToJson(x).ToString(Formatting.Indented);

    public static JObject ToJson(ArticleExtraction x) => new()
    {
        ["reference"] = new JObject
        {
            ["published"] = x.Reference.Published?.ToString("yyyy-MM-dd"),
            ["year"] = x.Reference.Year,
            ["inferred"] = x.Reference.Inferred,
        },
        ["actors"] = new JArray(x.Actors.Select(a => new JObject
        {
            ["id"] = a.Actor.Id,
            ["name"] = a.Actor.Name,
            ["nameAr"] = a.Actor.NameAr,
            ["kind"] = a.Actor.Kind.ToString().ToLowerInvariant(),
            ["affiliatedWith"] = a.Actor.AffiliatedWith,
            ["mentions"] = new JArray(a.Mentions.Select(Span)),
        })),
        ["relations"] = new JArray(x.Relations.Select(r => new JObject
        {
            ["source"] = r.Source,
            ["target"] = r.Target,
            ["polarity"] = r.Polarity.ToString().ToLowerInvariant(),
            ["type"] = r.Type.Id,
            ["typeLabel"] = r.Type.Label,
            ["cameo"] = r.Type.Cameo,
            ["plover"] = r.Type.Plover,
            ["date"] = r.Date?.ToString(),
            ["start"] = r.Start?.ToString(),
            ["end"] = r.End?.ToString(),
            ["dateInferred"] = r.DateInferred,
            ["reportedBy"] = r.ReportedBy,
            ["evidence"] = Evidence(r.Evidence),
        })),
        ["events"] = new JArray(x.Events.Select(e => new JObject
        {
            ["date"] = e.Date.ToString(),
            ["label"] = e.Label,
            ["inferred"] = e.Inferred,
            ["evidence"] = Evidence(e.Evidence),
        })),
        ["sources"] = new JArray(x.Sources.Select(s => new JObject
        {
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["mentions"] = new JArray(s.Mentions.Select(Span)),
        })),
    };

    private static JObject Span(TextSpan s) => new() { ["text"] = s.Text, ["start"] = s.Start, ["end"] = s.End };

    private static JObject Evidence(Evidence e) => new() { ["text"] = e.Text, ["start"] = e.Start, ["end"] = e.End };
}
