using GraphViz.Core.Evaluation;
using GraphViz.Core.Extraction;

namespace GraphViz.Server.Tests.Cli;

/// <summary>The built-in sample against its gold annotation, through the scorer users run with --gold.</summary>
public class SampleScoreTests
{
    private static readonly string Text = File.ReadAllText(ExtractCommandTests.SamplePath);
    private static readonly GoldAnnotation Gold =
        GoldAnnotation.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", "niger-us-withdrawal.gold.json")));

    private static ExtractionScore Score(DateOnly? published) =>
        ExtractionScorer.Score(ArticleExtractor.Default.Extract(Text, published), Gold, Text);

    [Fact]
    public void Actors_are_exactly_the_gold_actors() => Assert.Equal(1.0, Score(new DateOnly(2024, 5, 20)).Actors.F1);

    [Fact]
    public void Core_relations_reach_ninety_percent_precision_and_recall()
    {
        var s = Score(new DateOnly(2024, 5, 20));
        Assert.True(s.CoreRelations.Precision >= 0.9, $"precision {s.CoreRelations.Precision:0.00}; false: {string.Join(", ", s.FalseRelations)}");
        Assert.True(s.CoreRelations.Recall >= 0.9, $"recall {s.CoreRelations.Recall:0.00}; missed: {string.Join(", ", s.MissedRelations)}");
    }

    [Fact]
    public void Every_gold_event_is_dated_at_the_gold_precision() =>
        Assert.Equal(8, Score(new DateOnly(2024, 5, 20)).EventsDated);

    [Fact]
    public void Document_level_readings_find_Wagner_as_Russian_and_the_similar_moves()
    {
        var found = ArticleExtractor.Default.Extract(Text, new DateOnly(2024, 5, 20)).Relations
            .Select(r => PairPolarity.Key(r.Source, r.Target, r.Polarity.ToString().ToLowerInvariant())).ToHashSet();
        foreach (var key in new[] { "RUS~WAGNER:positive", "BFA~RUS:positive", "MLI~RUS:positive", "BFA~WEST:negative", "MLI~WEST:negative" })
            Assert.Contains(key, found);
    }

    [Fact]
    public void Without_a_publication_date_the_year_is_inferred_and_relative_dates_are_marked()
    {
        var x = ArticleExtractor.Default.Extract(Text);
        Assert.Equal(2024, x.Reference.Year);
        Assert.True(x.Reference.Inferred);
        Assert.Contains(x.Relations, r => r.DateInferred);
        Assert.Contains(x.Events, e => e.Date.ToString() == "2023-07" && !e.Inferred); // written with its year: not inferred
    }

    [Fact]
    public void The_partnership_with_the_West_ends_at_last_years_coup() =>
        Assert.Contains(ArticleExtractor.Default.Extract(Text, new DateOnly(2024, 5, 20)).Relations,
            r => r.Type.Id == "partnership" && r.Target == "WEST" && r.End?.ToString() == "2023");
}
