using GraphViz.Core.Relations;

namespace GraphViz.Core.Tests.Relations;

/// <summary>relation-types.tsv: every type an event the standard event ontologies know.</summary>
public class RelationTypeDataTests
{
    // PLOVER's sixteen event types (openeventdata/PLOVER, 2023 manual).
    private static readonly HashSet<string> Plover =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    public static TheoryData<string> Types => new(RelationTypeTable.Default.All.Select(t => t.Id));

    [Theory]
    [MemberData(nameof(Types))]
    public void A_type_with_a_stance_maps_to_a_CAMEO_root_and_a_PLOVER_event_type(string id)
    {
        var type = RelationTypeTable.Default[id];
        if (type.Polarity == Polarity.Neutral && type.Plover is null) return; // a state, not an event (neighbours)
        Assert.NotNull(type.Plover);
        Assert.Contains(type.Plover, Plover);
        Assert.Matches("^(0[1-9]|1[0-9]|20)$", type.Cameo ?? "");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Hostile_event_types_are_negative_and_cooperative_ones_positive(string id)
    {
        var type = RelationTypeTable.Default[id];
        if (type.Plover is "ASSAULT" or "COERCE" or "THREATEN" or "SANCTION" or "ACCUSE" or "REJECT" or "PROTEST")
            Assert.Equal(Polarity.Negative, type.Polarity);
        if (type.Plover is "AGREE" or "COOPERATE" or "AID" or "SUPPORT" or "CONSULT")
            Assert.Equal(Polarity.Positive, type.Polarity);
    }

    [Fact]
    public void The_weight_follows_the_polarity()
    {
        foreach (var t in RelationTypeTable.Default.All)
            Assert.True(t.Polarity switch { Polarity.Positive => t.Weight > 0, Polarity.Negative => t.Weight < 0, _ => t.Weight == 0 }, t.Id);
    }
}
