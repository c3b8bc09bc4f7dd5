using GraphViz.Core.Actors;
using GraphViz.Core.Evaluation;
using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;
using GraphViz.Core.Time;

namespace GraphViz.Core.Tests.Evaluation;

/// <summary>The scorer on small hand-made extractions and annotations.</summary>
public class ExtractionScorerTests
{
    private const string Text = "جملة أولى عن مصر وتركيا. جملة ثانية عن قطر.";
    private static readonly Evidence First = new("جملة أولى عن مصر وتركيا.", 0, 24, []);
    private static readonly Evidence Second = new("جملة ثانية عن قطر.", 25, Text.Length, []);

    private static ArticleExtraction Extraction(string[] actors, (string S, string T, string Type)[] relations, (string Date, Evidence Ev)[]? events = null) =>
        new(actors.Select(a => new ExtractedActor(new Actor(a, a, a, ActorKind.Country), [])).ToList(),
            relations.Select(r => new Relation(r.S, r.T, RelationTypeTable.Default[r.Type], null, null, null, false, First)).ToList(),
            (events ?? []).Select(e => new DatedEvent(Date(e.Date), "", e.Ev, false)).ToList(),
            [],
            new ReferenceDate(null, 2024, true));

    private static PartialDate Date(string s) => PartialDate.TryParse(s, out var d) ? d : throw new ArgumentException(s);

    private static GoldAnnotation Gold(string relationsJson, string actorsJson = """[{"id":"EGY"},{"id":"TUR"}]""", string eventsJson = "[]") =>
        GoldAnnotation.Parse($$"""{"actors":{{actorsJson}},"relations":{{relationsJson}},"events":{{eventsJson}}}""");

    [Fact]
    public void Perfect_actors_score_one()
    {
        var s = ExtractionScorer.Score(Extraction(["EGY", "TUR"], []), Gold("[]"), Text);
        Assert.Equal(1.0, s.Actors.F1);
    }

    [Fact]
    public void An_extra_actor_lowers_precision_only()
    {
        var s = ExtractionScorer.Score(Extraction(["EGY", "TUR", "QAT"], []), Gold("[]"), Text);
        Assert.Equal(2 / 3.0, s.Actors.Precision, 3);
        Assert.Equal(1.0, s.Actors.Recall);
        Assert.Equal(["QAT"], s.ExtraActors);
    }

    [Fact]
    public void Relations_match_on_unordered_pair_and_polarity()
    {
        var gold = Gold("""[{"a":"EGY","b":"TUR","polarity":"positive","tier":"core"}]""");
        var s = ExtractionScorer.Score(Extraction(["EGY", "TUR"], [("TUR", "EGY", "agreement")]), gold, Text);
        Assert.Equal(1.0, s.CoreRelations.Recall);
        Assert.Equal(1.0, s.CoreRelations.Precision);
    }

    [Fact]
    public void The_wrong_polarity_is_both_a_miss_and_a_false_positive()
    {
        var gold = Gold("""[{"a":"EGY","b":"TUR","polarity":"positive","tier":"core"}]""");
        var s = ExtractionScorer.Score(Extraction(["EGY", "TUR"], [("EGY", "TUR", "condemn")]), gold, Text);
        Assert.Equal(0.0, s.CoreRelations.Recall);
        Assert.Equal(0.0, s.CoreRelations.Precision);
    }

    [Fact]
    public void A_prediction_matching_a_stretch_relation_is_not_a_false_positive()
    {
        var gold = Gold("""[{"a":"EGY","b":"TUR","polarity":"positive","tier":"core"},{"a":"EGY","b":"TUR","polarity":"negative","tier":"stretch"}]""");
        var s = ExtractionScorer.Score(Extraction(["EGY", "TUR"], [("EGY", "TUR", "agreement"), ("EGY", "TUR", "condemn")]), gold, Text);
        Assert.Equal(1.0, s.CoreRelations.Precision);
        Assert.Equal(1, s.StretchFound);
    }

    [Fact]
    public void Repeated_predictions_of_one_claim_count_once()
    {
        var gold = Gold("""[{"a":"EGY","b":"TUR","polarity":"positive","tier":"core"}]""");
        var s = ExtractionScorer.Score(Extraction(["EGY", "TUR"], [("EGY", "TUR", "agreement"), ("TUR", "EGY", "ties"), ("EGY", "QAT", "ties")]), gold, Text);
        Assert.Equal(0.5, s.CoreRelations.Precision);
    }

    [Fact]
    public void An_event_is_dated_only_at_the_gold_precision_and_in_its_sentence()
    {
        var gold = Gold("[]", eventsJson: """[{"date":"2024-03","label_en":"x","evidence":"جملة ثانية"}]""");
        Assert.Equal(1, ExtractionScorer.Score(Extraction([], [], [("2024-03", Second)]), gold, Text).EventsDated);
        Assert.Equal(0, ExtractionScorer.Score(Extraction([], [], [("2024-03-05", Second)]), gold, Text).EventsDated);
        Assert.Equal(0, ExtractionScorer.Score(Extraction([], [], [("2024-03", First)]), gold, Text).EventsDated);
    }
}
