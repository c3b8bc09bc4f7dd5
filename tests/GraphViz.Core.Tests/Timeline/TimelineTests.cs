using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;
using GraphViz.Core.Time;
using TimelineModel = GraphViz.Core.Timeline.Timeline;

namespace GraphViz.Core.Tests.Timeline;

/// <summary>The interval and stance logic of the timeline, on relations written by hand.</summary>
public class TimelineTests
{
    private static readonly Evidence Sentence = new("جملة.", 0, 5, []);

    private static PartialDate? D(string? s) => s is null ? null : PartialDate.TryParse(s, out var d) ? d : throw new ArgumentException(s);

    private static (string, string, Relation) R(string id, string article, string source, string target, string type,
        string? date = null, string? start = null, string? end = null) =>
        (id, article, new Relation(source, target, RelationTypeTable.Default[type], D(date), D(start), D(end), false, Sentence));

    private static TimelineModel Build(params (string, string, Relation)[] relations) =>
        TimelineModel.Build(relations, []);

    private static string? StanceAt(TimelineModel t, string at, string pair, bool undated = false) =>
        t.StateAt(D(at)!.Value, undated).Pairs.Where(p => p.Id == pair).Select(p => p.Stance).SingleOrDefault();

    [Fact]
    public void A_relation_holds_from_its_date_on()
    {
        var t = Build(R("r1", "a1", "EGY", "TUR", "agreement", date: "2021-03"));
        Assert.Null(StanceAt(t, "2021-02", "EGY~TUR"));
        Assert.Equal("partner", StanceAt(t, "2021-03", "EGY~TUR"));
        Assert.Equal("partner", StanceAt(t, "2023", "EGY~TUR"));
    }

    [Fact]
    public void A_year_only_date_holds_once_that_year_is_over()
    {
        var t = Build(R("r1", "a1", "NER", "FRA", "demand_withdrawal", date: "2023"));
        Assert.Null(StanceAt(t, "2023-06", "FRA~NER"));
        Assert.Equal("broken", StanceAt(t, "2023-12", "FRA~NER"));
    }

    [Fact]
    public void A_relation_until_an_event_holds_before_it_and_not_after()
    {
        var t = Build(R("r1", "a1", "NER", "WEST", "partnership", date: "2023-07", end: "2023-07"));
        Assert.Equal("partner", StanceAt(t, "2019", "NER~WEST"));
        Assert.Null(StanceAt(t, "2023-08", "NER~WEST"));
    }

    [Fact]
    public void The_latest_relations_decide_and_the_gravest_of_them_wins()
    {
        var t = Build(
            R("r1", "a1", "NER", "USA", "counterterrorism_cooperation", start: "2014", end: "2024-03"),
            R("r2", "a1", "NER", "USA", "end_cooperation", date: "2024-03"),
            R("r3", "a1", "NER", "USA", "agreement", date: "2024-05-19"),
            R("r4", "a1", "USA", "NER", "withdraw_troops", date: "2024-05-19"));
        Assert.Equal("partner", StanceAt(t, "2020", "NER~USA"));
        Assert.Equal("broken", StanceAt(t, "2024-04", "NER~USA"));
        Assert.Equal("broken", StanceAt(t, "2024-06", "NER~USA")); // a withdrawal agreed in a statement is still a rupture
    }

    [Fact]
    public void A_later_cooperation_mends_an_earlier_rupture()
    {
        var t = Build(R("r1", "a1", "QAT", "SAU", "break_ties", date: "2017-06"), R("r2", "a2", "QAT", "SAU", "agreement", date: "2021-01"));
        Assert.Equal("broken", StanceAt(t, "2019", "QAT~SAU"));
        Assert.Equal("partner", StanceAt(t, "2021-02", "QAT~SAU"));
    }

    [Fact]
    public void Repeated_reports_merge_into_one_relation_and_strength_counts_sources()
    {
        var t = Build(R("r1", "a1", "EGY", "TUR", "agreement", date: "2024-03"), R("r2", "a2", "TUR", "EGY", "agreement", date: "2024-03"),
                      R("r3", "a2", "EGY", "TUR", "agreement", date: "2024-03"));
        var merged = Assert.Single(t.Relations);
        Assert.Equal(["r1", "r2", "r3"], merged.RelationIds);
        Assert.Equal(2, t.StateAt(D("2024-04")!.Value).Pairs.Single().Strength);
    }

    [Fact]
    public void Undated_relations_show_only_when_asked_for()
    {
        var t = Build(R("r1", "a1", "NER", "BFA", "neighbours"));
        Assert.Null(StanceAt(t, "2024", "BFA~NER"));
        Assert.Equal("neutral", StanceAt(t, "2024", "BFA~NER", undated: true));
    }

    [Fact]
    public void Steps_follow_the_events_in_date_order_and_name_what_opens_and_closes()
    {
        var relations = new[]
        {
            R("r1", "a1", "NER", "USA", "counterterrorism_cooperation", start: "2014", end: "2024-03"),
            R("r2", "a1", "NER", "USA", "end_cooperation", date: "2024-03"),
        };
        var events = new List<(string, DatedEvent)>
        {
            ("a1", new DatedEvent(D("2024-03")!.Value, "ends cooperation", Sentence, false)),
            ("a1", new DatedEvent(D("2014")!.Value, "cooperation begins", Sentence, false)),
        };
        var t = TimelineModel.Build(relations, events);
        Assert.Equal(["2014", "2024-03"], t.Steps.Select(s => s.Date));
        Assert.Single(t.Steps[1].Closes);
        Assert.Single(t.Steps[1].Opens);
    }
}
