using GraphViz.Core.Extraction;

namespace GraphViz.Core.Evaluation;

/// <summary>
/// Scores an extraction against a gold annotation. Actors by id. Relations as distinct (unordered pair,
/// polarity) claims: recall over the gold's core claims; a predicted claim is a false positive only if it
/// matches no gold claim at all, core or stretch. An event is dated when a predicted event (or relation)
/// carries the gold date at the gold's precision, in the sentence holding the gold evidence.
/// </summary>
public static class ExtractionScorer
{
    public static ExtractionScore Score(ArticleExtraction extraction, GoldAnnotation gold, string originalText)
    {
        var predictedActors = extraction.Actors.Select(a => a.Actor.Id).ToHashSet(StringComparer.Ordinal);
        var goldActors = gold.Actors.ToHashSet(StringComparer.Ordinal);
        var actors = new PrecisionRecall(predictedActors.Count(goldActors.Contains),
            predictedActors.Count(a => !goldActors.Contains(a)), goldActors.Count(a => !predictedActors.Contains(a)));

        var predicted = extraction.Relations
            .Select(r => PairPolarity.Key(r.Source, r.Target, r.Polarity.ToString().ToLowerInvariant()))
            .ToHashSet(StringComparer.Ordinal);
        var core = gold.Relations.Where(r => r.IsCore).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var stretch = gold.Relations.Where(r => !r.IsCore).Select(r => r.Key).Where(k => !core.Contains(k)).ToHashSet(StringComparer.Ordinal);
        var falseRelations = predicted.Where(k => !core.Contains(k) && !stretch.Contains(k)).Order().ToList();
        var relations = new PrecisionRecall(predicted.Count(core.Contains), falseRelations.Count, core.Count(k => !predicted.Contains(k)));

        var undated = gold.Events.Where(e => !IsDated(e, extraction, originalText)).Select(e => $"{e.Date} {e.Label}").ToList();

        return new ExtractionScore(actors, relations,
            stretch.Count(predicted.Contains), stretch.Count,
            gold.Events.Count - undated.Count, gold.Events.Count,
            goldActors.Where(a => !predictedActors.Contains(a)).Order().ToList(),
            predictedActors.Where(a => !goldActors.Contains(a)).Order().ToList(),
            core.Where(k => !predicted.Contains(k)).Order().ToList(),
            falseRelations,
            undated);
    }

    private static bool IsDated(GoldEvent e, ArticleExtraction extraction, string text)
    {
        var at = string.IsNullOrEmpty(e.Evidence) ? -1 : text.IndexOf(e.Evidence, StringComparison.Ordinal);
        bool Covers(Relations.Evidence ev) => at < 0 || (ev.Start <= at && at < ev.End);
        return extraction.Events.Any(x => x.Date.ToString() == e.Date && Covers(x.Evidence))
               || extraction.Relations.Any(r => r.Date?.ToString() == e.Date && Covers(r.Evidence));
    }
}
