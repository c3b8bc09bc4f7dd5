using GraphViz.Core.Text;

namespace GraphViz.Core.Tests.Text;

/// <summary>The function-word data file: normalised, without repeats, and refusing entries that could never match.</summary>
public class FunctionWordsDataTests
{
    private const string Header = "set\tword\tvalue\n";

    [Fact]
    public void The_Arabic_file_loads_with_every_set_the_readers_use()
    {
        var names = FunctionWords.Arabic.SetNames;
        foreach (var set in new[] { "negator", "unreal", "preposition", "state_context", "month", "weekday", "unit", "relative_pronoun", "contrast_opener" })
            Assert.Contains(set, names);
        Assert.All(names, n => Assert.NotEmpty(FunctionWords.Arabic.Set(n)));
    }

    [Theory]
    [InlineData("لدى", "لدي")]     // alef maqsura is folded to ya
    [InlineData("رئيس", "رييس")]   // the hamza seat ئ is folded to ya
    [InlineData("أوائل", "اوايل")]
    [InlineData("مُنذ", "منذ")]     // harakat are dropped
    public void An_entry_the_normaliser_would_change_is_refused_by_name(string written, string normalized)
    {
        var e = Assert.Throws<InvalidDataException>(() => FunctionWords.Parse(Header + $"preposition\t{written}\n"));
        Assert.Contains($"«{written}»", e.Message);
        Assert.Contains($"«{normalized}»", e.Message);
    }

    [Fact]
    public void A_phrase_must_be_its_words_separated_by_one_space() =>
        Assert.Throws<InvalidDataException>(() => FunctionWords.Parse(Header + "contrast_opener\tفي  حين\n"));

    [Fact]
    public void A_word_listed_twice_in_a_set_is_refused() =>
        Assert.Throws<InvalidDataException>(() => FunctionWords.Parse(Header + "negator\tلم\nnegator\tلم\n"));

    [Fact]
    public void The_same_word_may_serve_two_sets()
    {
        var words = FunctionWords.Parse(Header + "year_introducer\tبعد\nafter\tبعد\n");
        Assert.Contains("بعد", words.Set("year_introducer"));
        Assert.Contains("بعد", words.Set("after"));
    }

    [Fact]
    public void An_unknown_set_is_an_error_not_an_empty_set() =>
        Assert.Throws<KeyNotFoundException>(() => FunctionWords.Arabic.Set("no-such-set"));
}
