using GraphViz.Core.Relations;

namespace GraphViz.Core.Tests.Relations;

/// <summary>triggers.tsv: every row can match, and every type but those read from elsewhere has triggers.</summary>
public class TriggerLexiconDataTests
{
    private static readonly TriggerLexicon Lexicon = TriggerLexicon.Default;

    [Fact]
    public void No_pattern_word_is_a_single_letter_which_Arabic_writes_onto_the_next_word() =>
        Assert.All(Lexicon.Patterns, p => Assert.All(p.Words, w =>
            Assert.DoesNotContain(w.Exact.Concat(w.Prefixes), alt => alt.Length < 2)));

    [Fact]
    public void No_row_is_written_twice() =>
        Assert.Equal(Lexicon.Patterns.Count, Lexicon.Patterns.Select(p => (p.Type.Id, p.Source, p.Roles)).Distinct().Count());

    [Fact]
    public void Every_relation_type_read_from_text_has_a_trigger()
    {
        // Read from elsewhere: affiliation (the gazetteer's patron), joint_action (several subjects of one act).
        var fromElsewhere = new[] { "affiliation", "joint_action" };
        var triggered = Lexicon.Patterns.Select(p => p.Type.Id).ToHashSet();
        foreach (var type in RelationTypeTable.Default.All.Where(t => !fromElsewhere.Contains(t.Id)))
            Assert.True(triggered.Contains(type.Id), $"{type.Id} has no trigger");
    }

    [Theory]
    [InlineData("type\tpattern\troles\nsanction\tفرض* …9 عقوبات\tverb\n")] // a gap larger than the matcher allows
    [InlineData("type\tpattern\troles\nsanction\t… عقوبات\tverb\n")]       // a pattern that starts with a gap
    [InlineData("type\tpattern\troles\nsanction\tفرض/تفرض\tverb\n")]        // a present stem not in the third person
    public void A_malformed_row_is_refused(string tsv) =>
        Assert.Throws<InvalidDataException>(() => TriggerLexicon.Parse(tsv, RelationTypeTable.Default));
}
