using GraphViz.Core.Text;
using Newtonsoft.Json;

namespace GraphViz.Core.Actors;

/// <summary>
/// The actors, news sources and regions the extractor knows, loaded from gazetteer.json, with every
/// written form (names, derived demonyms, metonyms) indexed by its first normalised word.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(() => Parse(EmbeddedData.Read("GraphViz.Core.Actors.gazetteer.json")));

    private readonly Dictionary<string, List<GazetteerPhrase>> _byFirstWord;

    private Gazetteer(IReadOnlyDictionary<string, Actor> actors, IReadOnlyDictionary<string, string> sourceNames,
        Dictionary<string, List<GazetteerPhrase>> byFirstWord, IReadOnlySet<string> anaphors)
    {
        Actors = actors;
        SourceNames = sourceNames;
        _byFirstWord = byFirstWord;
        Anaphors = anaphors;
    }

    /// <summary>The gazetteer shipped with GraphViz.Core.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    public IReadOnlyDictionary<string, Actor> Actors { get; }

    /// <summary>English names of the news sources (agencies, outlets, pollsters), by id.</summary>
    public IReadOnlyDictionary<string, string> SourceNames { get; }

    /// <summary>Normalised phrases that refer back to the text's main country (the junta, the country).</summary>
    public IReadOnlySet<string> Anaphors { get; }

    /// <summary>Phrases whose first normalised word is <paramref name="word"/>, longest first.</summary>
    public IReadOnlyList<GazetteerPhrase> PhrasesStartingWith(string word) =>
        _byFirstWord.TryGetValue(word, out var list) ? list : [];

    /// <summary>The same, looked up without making a string.</summary>
    public IReadOnlyList<GazetteerPhrase> PhrasesStartingWith(ReadOnlySpan<char> word) =>
        _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var list) ? list : [];

    public static Gazetteer Parse(string json)
    {
        var file = JsonConvert.DeserializeObject<GazetteerFile>(json) ?? throw new InvalidDataException("empty gazetteer");
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var phrases = new List<GazetteerPhrase>();
        foreach (var a in file.Actors)
        {
            actors.Add(a.Id, new Actor(a.Id, a.Name, a.NameAr, Enum.Parse<ActorKind>(a.Kind, ignoreCase: true), a.AffiliatedWith));
            var ambiguous = new HashSet<string>(a.AmbiguousNames.Select(ArabicNormalizer.NormalizeTerm));
            foreach (var n in a.Names)
                phrases.Add(Phrase(n, PhraseTarget.Actor, a.Id, MentionForm.Name, ambiguous.Contains(ArabicNormalizer.NormalizeTerm(n))));
            foreach (var m in a.Metonyms) phrases.Add(Phrase(m, PhraseTarget.Actor, a.Id, MentionForm.Metonym));
            foreach (var d in a.Demonyms.SelectMany(DemonymForms.Derive).Concat(a.DemonymForms))
                phrases.Add(Phrase(d, PhraseTarget.Actor, a.Id, MentionForm.Demonym));
        }
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in file.Sources)
        {
            sources[s.Id] = s.Name;
            foreach (var n in s.Names) phrases.Add(Phrase(n, PhraseTarget.Source, s.Id, MentionForm.Name));
        }
        foreach (var r in file.Regions) phrases.Add(Phrase(r, PhraseTarget.Region, "REGION", MentionForm.Name));
        var anaphors = file.Anaphors.Select(ArabicNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
        foreach (var an in anaphors) phrases.Add(Phrase(an, PhraseTarget.Anaphor, "", MentionForm.Anaphor));

        var index = phrases
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.DistinctBy(p => (string.Join(' ', p.Words), p.Target, p.Id))
                                             .OrderByDescending(p => p.Words.Length).ToList(), StringComparer.Ordinal);
        return new Gazetteer(actors, sources, index, anaphors);
    }

    private static GazetteerPhrase Phrase(string written, PhraseTarget target, string id, MentionForm form, bool ambiguous = false) =>
        new(Tokenizer.Tokenize(ArabicNormalizer.NormalizeTerm(written)).Select(t => t.Text).ToArray(), target, id, form, ambiguous);

    private sealed class GazetteerFile
    {
        public List<ActorRow> Actors { get; set; } = [];
        public List<string> Regions { get; set; } = [];
        public List<SourceRow> Sources { get; set; } = [];
        public List<string> Anaphors { get; set; } = [];
    }

    private sealed class ActorRow
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Name { get; set; } = "";
        public string NameAr { get; set; } = "";
        public string? AffiliatedWith { get; set; }
        public List<string> Names { get; set; } = [];
        public List<string> Demonyms { get; set; } = [];
        public List<string> DemonymForms { get; set; } = [];
        public List<string> Metonyms { get; set; } = [];
        public List<string> AmbiguousNames { get; set; } = [];
    }

    private sealed class SourceRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public List<string> Names { get; set; } = [];
    }
}

/// <summary>What a gazetteer phrase stands for.</summary>
public enum PhraseTarget { Actor, Source, Region, Anaphor }

/// <summary>One written form in the gazetteer, as normalised words. Ambiguous names are also common words (مالي: financial).</summary>
public sealed record GazetteerPhrase(string[] Words, PhraseTarget Target, string Id, MentionForm Form, bool Ambiguous);
