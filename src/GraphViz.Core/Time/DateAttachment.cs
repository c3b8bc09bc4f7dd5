using GraphViz.Core.Text;

namespace GraphViz.Core.Time;

/// <summary>
/// Which of a sentence's dates belongs to something said at a given word: the nearest date in the same clause.
/// No date crosses a clause set at another time (بعد أن ...), a contrasting clause (بينما ...), or the edge of a
/// relative clause (، التي ...): "الحكومة العسكرية، التي تولت السلطة العام الماضي، أشرفت على انسحاب ..." does not
/// date the withdrawal to last year.
/// </summary>
public sealed class DateAttachment
{
    private readonly IReadOnlyList<DateMention> _dates;
    private readonly Sentence _sentence;
    private readonly IReadOnlyList<(int From, int To)> _relativeClauses = [];
    private readonly List<int> _clauseStarts = [];

    /// <param name="text">The normalised text the sentence indexes.</param>
    public DateAttachment(string text, Sentence sentence, IReadOnlyList<DateMention> dates)
    {
        _dates = dates;
        _sentence = sentence;
        if (dates.Count == 0) return; // nothing to attach: spare the clause reading
        _relativeClauses = ClauseBoundaries.RelativeClauses(text, sentence);
        _clauseStarts = ClauseBoundaries.OtherTimes(sentence.Tokens).Concat(ClauseBoundaries.Contrasts(sentence.Tokens)).Order().ToList();
    }

    /// <summary>The date nearest the word at <paramref name="token"/> within its clause, or null.</summary>
    public DateMention? For(int token)
    {
        if (_dates.Count == 0) return null;
        var tokens = _sentence.Tokens;
        var position = tokens[token].Start;
        var (first, next) = ClauseBoundaries.Around(_clauseStarts, token);
        var from = first is { } f ? tokens[f].Start : _sentence.Start;
        var to = next is { } n ? tokens[n].Start : _sentence.End;
        var home = RelativeClauseAt(position);
        DateMention? nearest = null;
        var nearestDistance = int.MaxValue;
        for (var i = 0; i < _dates.Count; i++)
        {
            var d = _dates[i];
            if (d.Start < from || d.End > to || RelativeClauseAt(d.Start) != home) continue;
            var distance = Math.Min(Math.Abs(d.Start - position), Math.Abs(d.End - position));
            if (distance < nearestDistance) (nearest, nearestDistance) = (d, distance); // the first of equals, as MinBy
        }
        return nearest;
    }

    private (int, int) RelativeClauseAt(int position)
    {
        foreach (var c in _relativeClauses)
            if (c.From <= position && position < c.To) return c;
        return default;
    }
}
