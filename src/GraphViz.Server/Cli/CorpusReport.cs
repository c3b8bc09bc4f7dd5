using GraphViz.Core.Evaluation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GraphViz.Server.Cli;

/// <summary>A scored corpus as a table (one row per article, then each split's and the whole corpus's micro-averages) or as JSON.</summary>
public static class CorpusReport
{
    public static void WriteTable(CorpusScore score, TextWriter o)
    {
        var width = Math.Max(24, score.Articles.Select(a => a.Name.Length).DefaultIfEmpty(0).Max());
        o.WriteLine($"{"article".PadRight(width)}  {"split",-5}  {"actors P/R/F1",-18}  {"relations P/R/F1",-21}  events");
        foreach (var a in score.Articles)
            o.WriteLine($"{a.Name.PadRight(width)}  {a.Split,-5}  {Prf(a.Score.Actors),-18}  {Prf(a.Score.CoreRelations),-21}  {a.Score.EventsDated}/{a.Score.EventsTotal}");
        o.WriteLine();
        foreach (var (split, totals) in score.Splits.Where(s => s.Key != ""))
            Total($"{split} ({totals.Articles} articles)", totals, width, o);
        Total($"all ({score.All.Articles} articles)", score.All, width, o);
    }

    private static void Total(string title, CorpusTotals t, int width, TextWriter o) =>
        o.WriteLine($"{title.PadRight(width + 7)}  {Prf(t.Actors),-18}  {Prf(t.CoreRelations),-21}  {t.EventsDated}/{t.EventsTotal} ({t.EventsRate:0.00})");

    private static string Prf(PrecisionRecall p) => $"{p.Precision:0.00} {p.Recall:0.00} {p.F1:0.00}";

    public static void WriteJson(CorpusScore score, TextWriter o) => o.WriteLine(new JObject
    {
        ["articles"] = new JArray(score.Articles.Select(a => new JObject
        {
            ["name"] = a.Name,
            ["split"] = a.Split,
            ["actors"] = Json(a.Score.Actors),
            ["coreRelations"] = Json(a.Score.CoreRelations),
            ["eventsDated"] = a.Score.EventsDated,
            ["eventsTotal"] = a.Score.EventsTotal,
            ["missedActors"] = new JArray(a.Score.MissedActors),
            ["extraActors"] = new JArray(a.Score.ExtraActors),
            ["missedRelations"] = new JArray(a.Score.MissedRelations),
            ["falseRelations"] = new JArray(a.Score.FalseRelations),
            ["undatedEvents"] = new JArray(a.Score.UndatedEvents),
        })),
        ["splits"] = new JObject(score.Splits.Where(s => s.Key != "").Select(s => new JProperty(s.Key, Json(s.Value)))),
        ["all"] = Json(score.All),
    }.ToString(Formatting.Indented));

    private static JObject Json(CorpusTotals t) => new()
    {
        ["articles"] = t.Articles,
        ["actors"] = Json(t.Actors),
        ["coreRelations"] = Json(t.CoreRelations),
        ["eventsDated"] = t.EventsDated,
        ["eventsTotal"] = t.EventsTotal,
        ["eventsRate"] = Math.Round(t.EventsRate, 4),
    };

    private static JObject Json(PrecisionRecall p) => new()
    {
        ["tp"] = p.TruePositives,
        ["fp"] = p.FalsePositives,
        ["fn"] = p.FalseNegatives,
        ["precision"] = Math.Round(p.Precision, 4),
        ["recall"] = Math.Round(p.Recall, 4),
        ["f1"] = Math.Round(p.F1, 4),
    };
}
