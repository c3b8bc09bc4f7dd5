namespace GraphViz.Core.Evaluation;

/// <summary>One annotated article of a corpus: its name, the split it belongs to ("tune", "test" or ""), its text and gold.</summary>
public sealed record CorpusArticle(string Name, string Split, string Text, GoldAnnotation Gold);

/// <summary>An article's score, named as the corpus names it.</summary>
public sealed record ArticleScore(string Name, string Split, ExtractionScore Score);

/// <summary>
/// Micro-averaged totals over some articles: true and false positives and negatives are summed before
/// precision and recall are taken, so a long article weighs as much as its claims.
/// </summary>
public sealed record CorpusTotals(int Articles, PrecisionRecall Actors, PrecisionRecall CoreRelations, int EventsDated, int EventsTotal)
{
    public double EventsRate => EventsTotal == 0 ? 1 : EventsDated / (double)EventsTotal;

    public static CorpusTotals Of(IReadOnlyCollection<ArticleScore> scores) => new(
        scores.Count,
        Sum(scores.Select(s => s.Score.Actors)),
        Sum(scores.Select(s => s.Score.CoreRelations)),
        scores.Sum(s => s.Score.EventsDated),
        scores.Sum(s => s.Score.EventsTotal));

    private static PrecisionRecall Sum(IEnumerable<PrecisionRecall> parts)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var p in parts) { tp += p.TruePositives; fp += p.FalsePositives; fn += p.FalseNegatives; }
        return new PrecisionRecall(tp, fp, fn);
    }
}

/// <summary>A corpus scored: every article, the totals of each split, and of all.</summary>
public sealed record CorpusScore(IReadOnlyList<ArticleScore> Articles, IReadOnlyDictionary<string, CorpusTotals> Splits, CorpusTotals All)
{
    public static CorpusScore Of(IReadOnlyList<ArticleScore> articles) => new(
        articles,
        articles.GroupBy(a => a.Split).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => CorpusTotals.Of(g.ToList()), StringComparer.Ordinal),
        CorpusTotals.Of(articles));
}
