namespace GraphViz.Core.Text;

/// <summary>
/// Splits normalised text into sentences at . ! ? ؟ and line breaks. A full stop between digits
/// (2.5) is not a boundary; a quotation left open runs on to the next boundary after it closes
/// only within the same line, because news quotes rarely span lines.
/// </summary>
public static class SentenceSplitter
{
    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var pool = new WordPool();
        var start = 0;
        var quoteOpen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"') quoteOpen = !quoteOpen;
            var boundary = c switch
            {
                '\n' or '\r' => true,
                '.' => !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) && !quoteOpen,
                '!' or '?' or '؟' => !quoteOpen,
                _ => false,
            };
            if (c is '\n' or '\r') quoteOpen = false;
            if (!boundary) continue;
            Add(text, sentences, start, i + 1, pool);
            start = i + 1;
        }
        Add(text, sentences, start, text.Length, pool);
        return sentences;
    }

    /// <summary>
    /// A run of more words than this is not a sentence a reader would parse (a list, a table, a text
    /// without punctuation): it is cut into pieces, which keeps the per-sentence work bounded.
    /// </summary>
    public const int MaxWords = 120;

    private static void Add(string text, List<Sentence> sentences, int start, int end, WordPool pool)
    {
        var tokens = Tokenizer.Tokenize(text, start, end, pool);
        if (tokens.Count == 0) return;
        if (tokens.Count <= MaxWords)
        {
            AddPiece(text, sentences, tokens, end);
            return;
        }
        for (var from = 0; from < tokens.Count; from += MaxWords)
        {
            var piece = tokens.GetRange(from, Math.Min(MaxWords, tokens.Count - from));
            var pieceEnd = from + MaxWords < tokens.Count ? piece[^1].End : end;
            AddPiece(text, sentences, piece, pieceEnd);
        }
    }

    private static void AddPiece(string text, List<Sentence> sentences, List<Token> tokens, int end)
    {
        // Trim to the words so that evidence spans carry no stray whitespace.
        var s = tokens[0].Start;
        var e = end;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        sentences.Add(new Sentence(sentences.Count, s, e, tokens));
    }
}
