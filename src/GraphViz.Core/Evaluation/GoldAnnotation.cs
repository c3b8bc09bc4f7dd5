using Newtonsoft.Json.Linq;

namespace GraphViz.Core.Evaluation;

/// <summary>
/// A careful annotation of one article (the format of shared/gold/*.gold.json): its actors, its relations
/// (unordered pair, polarity, tier core or stretch) and its dated events.
/// </summary>
public sealed record GoldAnnotation(IReadOnlyList<string> Actors, IReadOnlyList<GoldRelation> Relations, IReadOnlyList<GoldEvent> Events)
{
    /// <summary>The article's publication date, when the annotator knew it: relative dates resolve against it.</summary>
    public DateOnly? Published { get; init; }

    public static GoldAnnotation Parse(string json)
    {
        var root = JObject.Parse(json);
        var published = (string?)root["published"] is { } p
            ? DateOnly.ParseExact(p, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : (DateOnly?)null;
        var actors = root["actors"]?.Select(a => (string)a["id"]!).ToList() ?? [];
        var relations = root["relations"]?.Select(r => new GoldRelation(
            (string)r["a"]!, (string)r["b"]!, (string)r["polarity"]!, (string?)r["tier"] ?? "core", (string?)r["evidence"])).ToList() ?? [];
        var events = root["events"]?.Select(e => new GoldEvent((string)e["date"]!, (string?)e["label_en"] ?? "", (string?)e["evidence"] ?? "")).ToList() ?? [];
        return new GoldAnnotation(actors, relations, events) { Published = published };
    }
}

/// <summary>A gold relation: the pair is unordered for scoring.</summary>
public sealed record GoldRelation(string A, string B, string Polarity, string Tier, string? Evidence)
{
    public bool IsCore => Tier == "core";
    public string Key => PairPolarity.Key(A, B, Polarity);
}

/// <summary>A gold event: its date at the annotator's precision and the words that date it.</summary>
public sealed record GoldEvent(string Date, string Label, string Evidence);

/// <summary>The unit relations are scored in: an unordered pair of actors and a polarity.</summary>
public static class PairPolarity
{
    public static string Key(string a, string b, string polarity) =>
        string.CompareOrdinal(a, b) <= 0 ? $"{a}~{b}:{polarity}" : $"{b}~{a}:{polarity}";
}
