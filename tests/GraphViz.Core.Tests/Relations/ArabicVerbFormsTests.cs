using GraphViz.Core.Relations;
using GraphViz.Core.Text;

namespace GraphViz.Core.Tests.Relations;

/// <summary>A verb written once in the lexicon as PAST/PRESENT is met in every person, number and tense.</summary>
public class ArabicVerbFormsTests
{
    private static readonly TriggerLexicon Lexicon = TriggerLexicon.Parse(
        "type\tpattern\troles\nwithdraw_troops\tسحب/يسحب\tverb\nwithdraw_from\tانسحب/ينسحب … من\tverb\n",
        RelationTypeTable.Default);

    private static string? TypeAt(string sentence)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(sentence).Text);
        return new TriggerMatcher(Lexicon).Match(tokens, []).FirstOrDefault()?.Pattern.Type.Id;
    }

    [Theory]
    [InlineData("سحبت القوات")]        // past, she
    [InlineData("سحبوا القوات")]       // past, they
    [InlineData("يسحب القوات")]        // present, he
    [InlineData("تسحبان القوات")]      // present, the two of them
    [InlineData("نسحب القوات")]        // present, we
    [InlineData("ستسحب القوات")]       // future
    [InlineData("سيسحبون القوات")]     // future, they
    [InlineData("وسحبتها")]            // with a conjunction and an object pronoun
    public void Every_form_of_a_verb_written_once_matches(string sentence) =>
        Assert.Equal("withdraw_troops", TypeAt(sentence));

    [Theory]
    [InlineData("انسحبت مالي من المنظمة")]
    [InlineData("تنسحب الدول الثلاث من المنظمة")]
    [InlineData("ستنسحب من المنظمة")]
    public void A_derived_form_keeps_its_stem_behind_the_person_prefix(string sentence) =>
        Assert.Equal("withdraw_from", TypeAt(sentence));

    [Fact]
    public void A_word_that_only_shares_letters_in_another_order_does_not_match() =>
        Assert.Null(TypeAt("بحسب المصادر"));

    [Fact]
    public void A_present_stem_not_in_the_third_person_is_refused() =>
        Assert.Throws<InvalidDataException>(() => ArabicVerbForms.Prefixes("سحب/تسحب").ToList());
}
