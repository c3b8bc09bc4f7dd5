namespace GraphViz.Core.Text;

/// <summary>
/// A language's function words and closed word classes (negators, prepositions, month names ...), read from
/// one data file, function-words.{lang}.tsv, by set name. Entries must be in normalised form: one the
/// normaliser would change («لدى», whose ى becomes ي) could never match a normalised text, so it is refused.
/// </summary>
public sealed class FunctionWords
{
    private static readonly Lazy<FunctionWords> LazyArabic = new(() =>
        Parse(EmbeddedData.Read("GraphViz.Core.Text.function-words.ar.tsv")));

    private readonly Dictionary<string, Dictionary<string, string>> _sets;

    private FunctionWords(Dictionary<string, Dictionary<string, string>> sets) => _sets = sets;

    public static FunctionWords Arabic => LazyArabic.Value;

    public IReadOnlyCollection<string> SetNames => _sets.Keys;

    /// <summary>The words of a set (phrases with their words separated by one space), as a new ordinal set.</summary>
    public HashSet<string> Set(string name) => new(Entries(name).Keys, StringComparer.Ordinal);

    /// <summary>The words of a set with their values, as a new ordinal dictionary.</summary>
    public Dictionary<string, T> Map<T>(string name, Func<string, T> value) =>
        Entries(name).ToDictionary(e => e.Key, e => value(e.Value), StringComparer.Ordinal);

    private Dictionary<string, string> Entries(string name) =>
        _sets.TryGetValue(name, out var set) ? set : throw new KeyNotFoundException($"no function-word set '{name}'");

    public static FunctionWords Parse(string tsv)
    {
        var sets = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var row in Tsv.Rows(tsv, expectedHeader: "set"))
        {
            if (row.Length < 2 || row[0].Length == 0 || row[1].Length == 0) throw new InvalidDataException($"a row needs a set and a word: '{string.Join('\t', row)}'");
            var (name, word) = (row[0], row[1]);
            var normalized = string.Join(' ', Tokenizer.Tokenize(ArabicNormalizer.NormalizeTerm(word)).Select(t => t.Text));
            if (normalized != word)
                throw new InvalidDataException($"{name}: «{word}» is not written as the normaliser leaves it («{normalized}»), so it could never match");
            if (!sets.TryGetValue(name, out var set)) sets[name] = set = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!set.TryAdd(word, row.Length > 2 ? row[2] : "")) throw new InvalidDataException($"{name}: «{word}» is listed twice");
        }
        return new FunctionWords(sets);
    }
}
