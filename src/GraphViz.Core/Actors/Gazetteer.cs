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

    private readonly Dictionary<string, HashSet<string>> _actorsByHead;

    private Gazetteer(IReadOnlyDictionary<string, Actor> actors, IReadOnlyDictionary<string, string> sourceNames,
        Dictionary<string, List<GazetteerPhrase>> byFirstWord, IReadOnlySet<string> anaphors,
        IReadOnlyDictionary<string, Person> people, Dictionary<string, HashSet<string>> actorsByHead)
    {
        Actors = actors;
        SourceNames = sourceNames;
        _byFirstWord = byFirstWord;
        Anaphors = anaphors;
        People = people;
        _actorsByHead = actorsByHead;
    }

    /// <summary>The gazetteer shipped with GraphViz.Core.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    public IReadOnlyDictionary<string, Actor> Actors { get; }

    /// <summary>English names of the news sources (agencies, outlets, pollsters), by id.</summary>
    public IReadOnlyDictionary<string, string> SourceNames { get; }

    /// <summary>Normalised phrases that refer back to the text's main country (the junta, the country).</summary>
    public IReadOnlySet<string> Anaphors { get; }

    /// <summary>People who act for actors (heads of state, ministers, spokespeople, leaders of armed groups), by id.</summary>
    public IReadOnlyDictionary<string, Person> People { get; }

    /// <summary>
    /// The actors one of whose names starts with <paramref name="head"/> (normalised, without the article):
    /// «الجماعة» can refer back to جماعة الحوثي, «الحلف» to حلف شمال الأطلسي.
    /// </summary>
    public IReadOnlySet<string> ActorsWithHead(string head) =>
        _actorsByHead.TryGetValue(head, out var ids) ? ids : (IReadOnlySet<string>)new HashSet<string>();

    /// <summary>Phrases whose first normalised word is <paramref name="word"/>, longest first.</summary>
    public IReadOnlyList<GazetteerPhrase> PhrasesStartingWith(string word) =>
        _byFirstWord.TryGetValue(word, out var list) ? list : NoPhrases;

    /// <summary>The same, looked up without making a string.</summary>
    public IReadOnlyList<GazetteerPhrase> PhrasesStartingWith(ReadOnlySpan<char> word) =>
        _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var list) ? list : NoPhrases;

    // Most words start no phrase; `cond ? list : []` would make a new List for each of them.
    private static readonly GazetteerPhrase[] NoPhrases = [];

    public static Gazetteer Parse(string json)
    {
        var file = JsonConvert.DeserializeObject<GazetteerFile>(json) ?? throw new InvalidDataException("empty gazetteer");
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var phrases = new List<GazetteerPhrase>();
        var homographs = file.Homographs.ToDictionary(h => ArabicNormalizer.NormalizeTerm(h.Form), h => h.Actors.ToArray(), StringComparer.Ordinal);
        var ambiguousHomographs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in file.Actors)
        {
            actors.Add(a.Id, new Actor(a.Id, a.Name, a.NameAr, Enum.Parse<ActorKind>(a.Kind, ignoreCase: true), a.AffiliatedWith));
            var ambiguous = new HashSet<string>(a.AmbiguousNames.Select(ArabicNormalizer.NormalizeTerm));
            ambiguousHomographs.UnionWith(ambiguous.Where(homographs.ContainsKey));
            foreach (var n in a.Names.Where(n => !homographs.ContainsKey(ArabicNormalizer.NormalizeTerm(n))))
                phrases.Add(Phrase(n, PhraseTarget.Actor, a.Id, MentionForm.Name, ambiguous.Contains(ArabicNormalizer.NormalizeTerm(n))));
            foreach (var m in a.Metonyms.Where(m => !homographs.ContainsKey(ArabicNormalizer.NormalizeTerm(m))))
                phrases.Add(Phrase(m, PhraseTarget.Actor, a.Id, MentionForm.Metonym));
            foreach (var d in a.Demonyms.SelectMany(DemonymForms.Derive).Concat(a.DemonymForms))
                phrases.Add(Phrase(d, PhraseTarget.Actor, a.Id, MentionForm.Demonym));
        }
        foreach (var (form, ids) in homographs)
        {
            foreach (var id in ids) if (!actors.ContainsKey(id)) throw new InvalidDataException($"homograph {form} names unknown actor '{id}'");
            phrases.Add(Phrase(form, PhraseTarget.Actor, ids[0], MentionForm.Name, ambiguousHomographs.Contains(form)) with { Alternatives = ids });
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
        foreach (var g in file.GroupAnaphors)
            phrases.Add(Phrase(g.Phrase, PhraseTarget.Group, "", MentionForm.Group) with { Count = g.Count, CountriesOnly = g.Countries });
        var actorsByHead = ActorsByHead(file.Actors, file.HeadNouns);
        foreach (var head in file.HeadNouns)
            phrases.Add(Phrase(head, PhraseTarget.Head, Bare(ArabicNormalizer.NormalizeTerm(head)), MentionForm.Anaphor));
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var p in file.People)
        {
            var roles = p.Roles.Select(r => new PersonRole(r.Actor, Day(r.From, first: true), Day(r.To, first: false))).ToList();
            foreach (var r in roles)
                if (!actors.ContainsKey(r.Actor)) throw new InvalidDataException($"{p.Id} acts for unknown actor '{r.Actor}'");
            people.Add(p.Id, new Person(p.Id, p.Name, roles));
            foreach (var f in p.Forms) phrases.Add(Phrase(f, PhraseTarget.Person, p.Id, MentionForm.Person));
        }

        var index = phrases
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.DistinctBy(p => (string.Join(' ', p.Words), p.Target, p.Id))
                                             .OrderByDescending(p => p.Words.Length).ToList(), StringComparer.Ordinal);
        return new Gazetteer(actors, sources, index, anaphors, people, actorsByHead);
    }

    /// <summary>For each head noun, the non-state actors with a name of two or more words that starts with it.</summary>
    private static Dictionary<string, HashSet<string>> ActorsByHead(List<ActorRow> actors, List<string> headNouns)
    {
        var heads = headNouns.Select(h => Bare(ArabicNormalizer.NormalizeTerm(h))).ToHashSet(StringComparer.Ordinal);
        var byHead = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var a in actors.Where(a => a.Kind != "country"))
            foreach (var name in a.Names)
            {
                var words = ArabicNormalizer.NormalizeTerm(name).Split(' ');
                if (words.Length < 2 || !heads.Contains(Bare(words[0]))) continue;
                if (!byHead.TryGetValue(Bare(words[0]), out var ids)) byHead[Bare(words[0])] = ids = new HashSet<string>(StringComparer.Ordinal);
                ids.Add(a.Id);
            }
        return byHead;
    }

    /// <summary>A word without its article: "الجماعه" → "جماعه".</summary>
    private static string Bare(string word) => ArabicClitics.HasArticle(word) ? word[2..] : word;

    private static DateOnly? Day(string? written, bool first) =>
        written is null ? null
        : Time.PartialDate.TryParse(written, out var d) ? (first ? d.FirstDay : d.LastDay)
        : throw new InvalidDataException($"'{written}' is not a date as YYYY, YYYY-MM or YYYY-MM-DD");

    private static GazetteerPhrase Phrase(string written, PhraseTarget target, string id, MentionForm form, bool ambiguous = false) =>
        new(Tokenizer.Tokenize(ArabicNormalizer.NormalizeTerm(written)).Select(t => t.Text).ToArray(), target, id, form, ambiguous);

    private sealed class GazetteerFile
    {
        public List<ActorRow> Actors { get; set; } = [];
        public List<string> Regions { get; set; } = [];
        public List<SourceRow> Sources { get; set; } = [];
        public List<string> Anaphors { get; set; } = [];
        public List<GroupAnaphorRow> GroupAnaphors { get; set; } = [];
        public List<string> HeadNouns { get; set; } = [];
        public List<PersonRow> People { get; set; } = [];
        public List<HomographRow> Homographs { get; set; } = [];
    }

    private sealed class HomographRow
    {
        public string Form { get; set; } = "";
        public List<string> Actors { get; set; } = [];
    }

    private sealed class GroupAnaphorRow
    {
        public string Phrase { get; set; } = "";
        public int Count { get; set; }
        public bool Countries { get; set; }
    }

    private sealed class PersonRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public List<string> Forms { get; set; } = [];
        public List<RoleRow> Roles { get; set; } = [];
    }

    private sealed class RoleRow
    {
        public string Actor { get; set; } = "";
        public string? Role { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
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

/// <summary>
/// What a gazetteer phrase stands for: an actor, a news source, a region, or a phrase that refers back to actors
/// named before (the main country; a group of <see cref="GazetteerPhrase.Count"/>; the organisation a head noun
/// names) or a person who acts for one.
/// </summary>
public enum PhraseTarget { Actor, Source, Region, Anaphor, Group, Head, Person }

/// <summary>
/// One written form in the gazetteer, as normalised words. Ambiguous names are also common words (مالي: financial).
/// A group phrase («الدول الثلاث») stands for <see cref="Count"/> actors, states only when <see cref="CountriesOnly"/>.
/// </summary>
public sealed record GazetteerPhrase(string[] Words, PhraseTarget Target, string Id, MentionForm Form, bool Ambiguous,
    int Count = 0, bool CountriesOnly = false)
{
    /// <summary>For a homograph («عمان»: Oman, or Amman for Jordan), every actor it may name, the usual one first.</summary>
    public IReadOnlyList<string>? Alternatives { get; init; }
}

/// <summary>A person and the actors they act for, each between two days (open where unknown or ongoing).</summary>
public sealed record Person(string Id, string Name, IReadOnlyList<PersonRole> Roles)
{
    /// <summary>The actor the person acts for on <paramref name="day"/>, or null when they hold no role then.</summary>
    public string? ActorOn(DateOnly day) =>
        Roles.LastOrDefault(r => (r.From is null || r.From <= day) && (r.To is null || day <= r.To))?.Actor;
}

/// <summary>An office a person held for an actor.</summary>
public sealed record PersonRole(string Actor, DateOnly? From, DateOnly? To);
