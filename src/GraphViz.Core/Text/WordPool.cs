namespace GraphViz.Core.Text;

/// <summary>
/// One string per distinct word of a document. News repeats its words (names, particles, verbs), so
/// sharing them keeps a long text's words from filling the heap, and what the collector must copy.
/// </summary>
public sealed class WordPool
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> word)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var existing)) return existing;
        var s = word.ToString();
        _words.Add(s);
        return s;
    }
}
