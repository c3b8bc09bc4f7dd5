namespace GraphViz.Core.Text;

/// <summary>
/// One string per distinct word of a document. News repeats its words (names, particles, verbs), so
/// sharing them keeps a long text's words from filling the heap, and what the collector must copy.
/// </summary>
public sealed class WordPool
{
    private readonly HashSet<string> _words;

    /// <param name="capacity">How many distinct words to expect: growing the set as a long text is read costs more than sizing it.</param>
    public WordPool(int capacity = 0) => _words = new HashSet<string>(capacity, StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> word)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var existing)) return existing;
        var s = word.ToString();
        _words.Add(s);
        return s;
    }
}
