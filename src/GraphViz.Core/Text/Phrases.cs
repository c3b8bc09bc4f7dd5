namespace GraphViz.Core.Text;

/// <summary>
/// Short fixed phrases of function words («في حين»، «بعد أن»), matched on a sentence's tokens. The first word
/// may carry the conjunction و written onto it (وفي حين، وبعد أن), as clause openers often do.
/// </summary>
public static class Phrases
{
    /// <summary>Phrases as their words, from entries whose words are separated by one space.</summary>
    public static string[][] Split(IEnumerable<string> entries) => entries.Select(e => e.Split(' ')).ToArray();

    /// <summary>The phrase that starts at token <paramref name="t"/>, or null.</summary>
    public static string[]? StartsAt(IReadOnlyList<Token> tokens, int t, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (t + phrase.Length > tokens.Count || !IsWordOrConjoined(tokens[t].Text, phrase[0])) continue;
            var all = true;
            for (var k = 1; k < phrase.Length && all; k++) all = tokens[t + k].Text == phrase[k];
            if (all) return phrase;
        }
        return null;
    }

    private static bool IsWordOrConjoined(string token, string word) =>
        token == word || (token.Length == word.Length + 1 && token[0] == 'و' && token.AsSpan(1).SequenceEqual(word));

    /// <summary>The phrase that ends at token <paramref name="t"/> (its last word there), or null; no conjunction is allowed on its first word.</summary>
    public static string[]? EndsAt(IReadOnlyList<Token> tokens, int t, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var start = t - phrase.Length + 1;
            if (start < 0) continue;
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++) all = tokens[start + k].Text == phrase[k] || (k == 0 && IsWordOrConjoined(tokens[start].Text, phrase[0]));
            if (all) return phrase;
        }
        return null;
    }
}
