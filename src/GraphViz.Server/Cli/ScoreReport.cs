using GraphViz.Core.Evaluation;

namespace GraphViz.Server.Cli;

/// <summary>The score of an extraction against gold, as a short plain-text report.</summary>
public static class ScoreReport
{
    public static void Write(ExtractionScore s, TextWriter o)
    {
        o.WriteLine($"actors     P {s.Actors.Precision:0.00}  R {s.Actors.Recall:0.00}  F1 {s.Actors.F1:0.00}");
        o.WriteLine($"relations  P {s.CoreRelations.Precision:0.00}  R {s.CoreRelations.Recall:0.00}  F1 {s.CoreRelations.F1:0.00}  (core pair+polarity claims)");
        o.WriteLine($"stretch    {s.StretchFound}/{s.StretchTotal} found");
        o.WriteLine($"events     {s.EventsDated}/{s.EventsTotal} dated");
        List("missed actors", s.MissedActors, o);
        List("extra actors", s.ExtraActors, o);
        List("missed relations", s.MissedRelations, o);
        List("false relations", s.FalseRelations, o);
        List("undated events", s.UndatedEvents, o);
    }

    private static void List(string title, IReadOnlyList<string> items, TextWriter o)
    {
        if (items.Count == 0) return;
        o.WriteLine($"{title}:");
        foreach (var i in items) o.WriteLine($"  {i}");
    }
}
