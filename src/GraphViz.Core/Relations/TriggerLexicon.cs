using GraphViz.Core.Text;

namespace GraphViz.Core.Relations;

/// <summary>The trigger phrases of triggers.tsv, indexed by their first word for a single pass over a sentence.</summary>
public sealed class TriggerLexicon
{
    /// <summary>Words allowed between two parts of a pattern written with "…"; "…3" allows at most three.</summary>
    public const int MaxGap = 8;

    private static readonly Lazy<TriggerLexicon> LazyDefault = new(() =>
        Parse(EmbeddedData.Read("GraphViz.Core.Relations.triggers.tsv"), RelationTypeTable.Default));

    private readonly Dictionary<string, List<TriggerPattern>> _byExactFirst = new(StringComparer.Ordinal);
    private readonly PrefixTrie _byPrefixFirst = new();

    public static TriggerLexicon Default => LazyDefault.Value;

    public IReadOnlyList<TriggerPattern> Patterns { get; private set; } = [];

    /// <summary>The relation types the triggers map to.</summary>
    public RelationTypeTable Types { get; private set; } = null!;

    public static TriggerLexicon Parse(string tsv, RelationTypeTable types)
    {
        var lexicon = new TriggerLexicon { Types = types };
        var patterns = new List<TriggerPattern>();
        foreach (var row in Tsv.Rows(tsv, expectedHeader: "type"))
        {
            var pattern = new TriggerPattern(types[row[0]], ParseWords(row[1]), Enum.Parse<TriggerRoles>(row[2], ignoreCase: true), row[1]);
            patterns.Add(pattern);
            var first = pattern.Words[0];
            foreach (var e in first.Exact) Add(lexicon._byExactFirst, e, pattern);
            foreach (var p in first.Prefixes) lexicon._byPrefixFirst.Add(p, pattern);
        }
        lexicon.Patterns = patterns;
        return lexicon;
    }

    /// <summary>Adds the patterns whose first word can match <paramref name="stem"/>; looks up without making strings.</summary>
    public void AddCandidates(ReadOnlySpan<char> stem, List<TriggerPattern> into)
    {
        if (_byExactFirst.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out var exact))
            into.AddRange(exact);
        _byPrefixFirst.Collect(stem, into);
    }

    private static void Add(Dictionary<string, List<TriggerPattern>> index, string key, TriggerPattern pattern)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(pattern)) list.Add(pattern);
    }

    private static List<PatternWord> ParseWords(string pattern)
    {
        var words = new List<PatternWord>();
        var gap = 0;
        foreach (var part in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith('…'))
            {
                gap = part.Length == 1 ? MaxGap
                    : int.TryParse(part[1..], out var n) && n is > 0 and <= MaxGap ? n
                    : throw new InvalidDataException($"bad gap '{part}' in trigger pattern '{pattern}': … or …1 to …{MaxGap}");
                continue;
            }
            var exact = new List<string>();
            var prefixes = new List<string>();
            foreach (var alt in part.Split('|'))
            {
                if (ArabicVerbForms.IsVerb(alt))
                {
                    prefixes.AddRange(ArabicVerbForms.Prefixes(alt));
                    continue;
                }
                var isPrefix = alt.EndsWith('*');
                var word = ArabicNormalizer.NormalizeTerm(alt.TrimEnd('*'));
                (isPrefix ? prefixes : exact).Add(word);
            }
            words.Add(new PatternWord(exact, prefixes, gap));
            gap = 0;
        }
        if (words.Count == 0 || words[0].MaxGapBefore > 0) throw new InvalidDataException($"bad trigger pattern '{pattern}'");
        return words;
    }
}
