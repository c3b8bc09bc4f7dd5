using GraphViz.Core.Text;

namespace GraphViz.Core.Tests.Text;

public class SentenceSplitterTests
{
    [Fact]
    public void Full_stops_and_line_breaks_end_sentences()
    {
        var text = "قالت مصر إنها سترد. وأعلنت تركيا موقفها\nوفي سياق آخر رحبت قطر؟ نعم";
        var sentences = SentenceSplitter.Split(ArabicNormalizer.Normalize(text).Text);
        Assert.Equal(4, sentences.Count);
    }

    [Fact]
    public void A_decimal_point_does_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split("بلغ النمو 2.5 في المئه هذا العام.");
        Assert.Single(sentences);
    }

    [Fact]
    public void A_full_stop_inside_a_quotation_does_not_end_the_sentence()
    {
        var sentences = SentenceSplitter.Split("وقال الوزير \"لن نتراجع. هذا موقفنا\" امس.");
        Assert.Single(sentences);
    }

    [Fact]
    public void Sentence_spans_hold_their_words_only()
    {
        var text = "  جملة اولى.  ";
        var s = Assert.Single(SentenceSplitter.Split(text));
        Assert.Equal("جملة اولى.", text[s.Start..s.End]);
    }
}
