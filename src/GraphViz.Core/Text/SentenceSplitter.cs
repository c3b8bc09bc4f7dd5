namespace GraphViz.Core.Text;

/// <summary>
/// Splits normalised text into sentences at . ! ? ؟ and line breaks. A full stop between digits
/// (2.5) is not a boundary; a quotation left open runs on to the next boundary after it closes
/// only within the same line, because news quotes rarely span lines.
/// </summary>
public static class SentenceSplitter
{
    public static List<Sentence> Split(string text) => Enumerate(text, new WordPool()).ToList();

    /// <summary>
    /// The sentences one at a time, for a reader that need not hold them all: the same sentences, with
    /// the same indices, on every pass over the same text.
    /// </summary>
    public static IEnumerable<Sentence> Enumerate(string text, WordPool pool)
    {
        var start = 0;
        var index = 0;
        var quoteOpen = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length;
            if (!boundary)
            {
                var c = text[i];
                if (c == '"') quoteOpen = !quoteOpen;
                boundary = c switch
                {
                    '\n' or '\r' => true,
                    '.' => !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) && !quoteOpen,
                    '!' or '?' or '؟' => !quoteOpen,
                    _ => false,
                };
                if (c is '\n' or '\r') quoteOpen = false;
            }
            if (!boundary) continue;
            var end = Math.Min(i + 1, text.Length);
            foreach (var sentence in Pieces(text, start, end, pool, index))
            {
                yield return sentence;
                index++;
            }
            start = end;
        }
    }

    /// <summary>
    /// A run of more words than this is not a sentence a reader would parse (a list, a table, a text
    /// without punctuation): it is cut into pieces, which keeps the per-sentence work bounded.
    /// </summary>
    public const int MaxWords = 120;

    private static IEnumerable<Sentence> Pieces(string text, int start, int end, WordPool pool, int index)
    {
        var tokens = Tokenizer.Tokenize(text, start, end, pool);
        if (tokens.Count == 0) yield break;
        if (tokens.Count <= MaxWords)
        {
            yield return Piece(text, tokens, end, index);
            yield break;
        }
        for (var from = 0; from < tokens.Count; from += MaxWords)
        {
            var piece = tokens.GetRange(from, Math.Min(MaxWords, tokens.Count - from));
            var pieceEnd = from + MaxWords < tokens.Count ? piece[^1].End : end;
            yield return Piece(text, piece, pieceEnd, index++);
        }
    }

    private static Sentence Piece(string text, List<Token> tokens, int end, int index)
    {
        // Trim to the words so that evidence spans carry no stray whitespace.
        var s = tokens[0].Start;
        var e = end;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new Sentence(index, s, e, tokens);
    }
}
