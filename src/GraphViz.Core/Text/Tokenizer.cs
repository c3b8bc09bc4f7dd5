namespace GraphViz.Core.Text;

/// <summary>Splits normalised text into words (runs of letters and digits); punctuation separates words.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start = 0, int end = -1, WordPool? pool = null)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>((end - start) / 6 + 4); // about six characters a word in Arabic news
        var i = start;
        while (i < end)
        {
            while (i < end && !IsWordChar(text[i])) i++;
            var s = i;
            while (i < end && IsWordChar(text[i])) i++;
            if (i > s) tokens.Add(new Token(s, i, pool is null ? text[s..i] : pool.Get(text.AsSpan(s, i - s))));
        }
        return tokens;
    }

    public static bool IsWordChar(char c) =>
        c is >= '\u0621' and <= '\u064A' or >= 'a' and <= 'z' or >= '0' and <= '9' // normalised Arabic letters, ASCII: most of any text
        || (c > '\u007F' && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark))
        || char.IsAsciiLetterUpper(c);
}
