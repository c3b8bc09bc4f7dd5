using GraphViz.Core.Text;

namespace GraphViz.Core.Relations;

/// <summary>The trigger phrases of triggers.tsv, every word of them indexed (<see cref="PatternWordIndex"/>) for one pass over a sentence.</summary>
public sealed class TriggerLexicon
{
    /// <summary>Words allowed between two parts of a pattern written with "…"; "…3" allows at most three.</summary>
    public const int MaxGap = 8;

    private static readonly Lazy<TriggerLexicon> LazyDefault = new(() =>
        Parse(EmbeddedData.Read("GraphViz.Core.Relations.triggers.tsv"), RelationTypeTable.Default));

    internal PatternWordIndex Index { get; } = new();

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
            if (pattern.Words.Count > PatternWordIndex.MaxWords) throw new InvalidDataException($"'{row[1]}' has more than {PatternWordIndex.MaxWords} words");
            for (var w = 0; w < pattern.Words.Count; w++)
            {
                var slot = PatternWordIndex.Slot(patterns.Count, w);
                foreach (var e in pattern.Words[w].Exact) lexicon.Index.Add(e, isPrefix: false, slot);
                foreach (var p in pattern.Words[w].Prefixes) lexicon.Index.Add(p, isPrefix: true, slot);
            }
            patterns.Add(pattern);
        }
        lexicon.Patterns = patterns;
        return lexicon;
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
