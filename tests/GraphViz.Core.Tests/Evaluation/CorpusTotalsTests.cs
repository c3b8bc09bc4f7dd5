using GraphViz.Core.Evaluation;

namespace GraphViz.Core.Tests.Evaluation;

/// <summary>Corpus totals are micro-averaged: counts are summed before precision and recall are taken.</summary>
public class CorpusTotalsTests
{
    private static ArticleScore Article(string name, string split, PrecisionRecall relations, int dated, int events) =>
        new(name, split, new ExtractionScore(new PrecisionRecall(2, 0, 0), relations, 0, 0, dated, events, [], [], [], [], []));

    [Fact]
    public void Relations_are_micro_averaged_so_a_long_article_weighs_as_much_as_its_claims()
    {
        // One article with 1/1 right, one with 1 of 9 claims right and 3 missed: macro-averaging would give 0.55.
        var totals = CorpusTotals.Of([Article("a", "tune", new(1, 0, 0), 1, 1), Article("b", "tune", new(1, 8, 3), 0, 2)]);
        Assert.Equal(2 / 10.0, totals.CoreRelations.Precision, 3);
        Assert.Equal(2 / 5.0, totals.CoreRelations.Recall, 3);
        Assert.Equal(1 / 3.0, totals.EventsRate, 3);
    }

    [Fact]
    public void Each_split_is_totalled_apart_and_all_of_them_together()
    {
        var score = CorpusScore.Of([
            Article("a", "tune", new(3, 1, 0), 2, 2),
            Article("b", "test", new(1, 1, 2), 0, 1),
            Article("c", "tune", new(1, 0, 1), 1, 1),
        ]);
        Assert.Equal(["test", "tune"], score.Splits.Keys);
        Assert.Equal(new PrecisionRecall(4, 1, 1), score.Splits["tune"].CoreRelations);
        Assert.Equal(new PrecisionRecall(1, 1, 2), score.Splits["test"].CoreRelations);
        Assert.Equal(new PrecisionRecall(5, 2, 3), score.All.CoreRelations);
        Assert.Equal(3, score.All.Articles);
    }
}
