using GraphViz.Core.Text;

namespace GraphViz.Core.Actors;

/// <summary>
/// Turns the matcher's phrases into actor mentions with document-level knowledge: ambiguous names
/// need a state context, a neighbour's adjective used for the text's own country is read as that
/// country, and anaphors (the junta, the country) refer to the country the text is about.
/// </summary>
public sealed class MentionResolver(Gazetteer gazetteer)
{
    // Words before a name that make it a state: prepositions and heads of a state construct (حكومة مالي).
    private static readonly HashSet<string> StateContext = FunctionWords.Arabic.Set("state_context");

    /// <summary>The resolved mentions of each sentence, in text order, and the non-actor spans (sources, regions).</summary>
    public sealed record Result(IReadOnlyList<IReadOnlyList<Mention>> MentionsBySentence, IReadOnlyList<NonActorSpan> NonActors, string? FocusActorId)
    {
        public IEnumerable<Mention> Mentions => MentionsBySentence.SelectMany(m => m);
    }

    /// <summary>
    /// The matches of one sentence that can stand: an ambiguous name (مالي) only in a state context,
    /// read from the sentence's own words. Runs while the sentence's words are at hand.
    /// </summary>
    public static IReadOnlyList<GazetteerMatcher.Match> InContext(Sentence sentence, IReadOnlyList<GazetteerMatcher.Match> matches)
    {
        matches = RulersOf(sentence, matches);
        if (matches.Any(m => NamesAnEvent(sentence, m))) matches = matches.Where(m => !NamesAnEvent(sentence, m)).ToList();
        var ambiguous = false;
        foreach (var m in matches) ambiguous |= m.Phrase.Ambiguous;
        if (!ambiguous) return matches;
        var kept = new List<GazetteerMatcher.Match>(matches.Count);
        for (var m = 0; m < matches.Count; m++)
            if (!matches[m].Phrase.Ambiguous || (HasStateContext(sentence, matches, m) && !InCommonSense(sentence, matches[m])))
                kept.Add(matches[m]);
        return kept;
    }

    private static readonly HashSet<string> EventNameHeads = FunctionWords.Arabic.Set("event_name_head");

    /// <summary>"مسار أستانا"، "منتدى الدوحة": a capital that names a process or a meeting, not its state.</summary>
    private static bool NamesAnEvent(Sentence sentence, GazetteerMatcher.Match m) =>
        m.Phrase.Form == MentionForm.Metonym && m.FirstToken > 0 && m.Preposition == '\0' && !m.HasConjunction
        && ArabicClitics.AnyReadingIn(sentence.Tokens[m.FirstToken - 1].Text, EventNameHeads);

    /// <summary>
    /// "المجلس العسكري في مالي": a phrase for a country's rulers followed by «في X» is X's, whatever country the text
    /// is mostly about.
    /// </summary>
    private static IReadOnlyList<GazetteerMatcher.Match> RulersOf(Sentence sentence, IReadOnlyList<GazetteerMatcher.Match> matches)
    {
        List<GazetteerMatcher.Match>? changed = null;
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var (anaphor, next) = (matches[i], matches[i + 1]);
            if (anaphor.Phrase.Target != PhraseTarget.Anaphor || next.Phrase.Target != PhraseTarget.Actor) continue;
            if (next.FirstToken != anaphor.LastToken + 2 || sentence.Tokens[anaphor.LastToken + 1].Text != "في") continue;
            (changed ??= matches.ToList())[i] = anaphor with { Phrase = anaphor.Phrase with { Target = PhraseTarget.Actor, Id = next.Phrase.Id } };
        }
        return changed ?? matches;
    }

    /// <param name="matchesBySentence">Each sentence's matches, already through <see cref="InContext"/>.</param>
    /// <param name="day">The day the text speaks from: which office a person named in it holds.</param>
    public Result Resolve(IReadOnlyList<IReadOnlyList<GazetteerMatcher.Match>> matchesBySentence, DateOnly day)
    {
        var kept = new List<(int Sentence, GazetteerMatcher.Match Match)>();
        var nonActors = new List<NonActorSpan>();
        for (var s = 0; s < matchesBySentence.Count; s++)
        {
            foreach (var match in matchesBySentence[s])
            {
                switch (match.Phrase.Target)
                {
                    case PhraseTarget.Source:
                        nonActors.Add(new NonActorSpan(match.Phrase.Id, match.Start, match.End, IsSource: true));
                        break;
                    case PhraseTarget.Region:
                        nonActors.Add(new NonActorSpan(match.Phrase.Id, match.Start, match.End, IsSource: false));
                        break;
                    default:
                        kept.Add((s, match));
                        break;
                }
            }
        }

        var named = kept.Where(k => k.Match.Phrase.Target == PhraseTarget.Actor && k.Match.Phrase.Form == MentionForm.Name && k.Match.Phrase.Alternatives is null)
                        .Select(k => k.Match.Phrase.Id).ToList();
        // What the document names unambiguously, to tell what a homograph names there.
        var elsewhere = kept.Where(k => k.Match.Phrase.Target is PhraseTarget.Actor or PhraseTarget.Person && k.Match.Phrase.Alternatives is null)
                            .Select(k => k.Match.Phrase.Target == PhraseTarget.Person ? gazetteer.People[k.Match.Phrase.Id].ActorOn(day) : k.Match.Phrase.Id)
                            .OfType<string>().CountBy(id => id).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var focus = FocusCountry(named);
        var namedSet = named.ToHashSet(StringComparer.Ordinal);
        var mentions = new List<Mention>?[matchesBySentence.Count];
        var document = new List<Mention>(); // every mention so far, in text order: what a phrase can refer back to
        var groups = 0;
        foreach (var (s, match) in kept)
        {
            var sentence = mentions[s] ??= [];
            foreach (var id in ActorsOf(match, focus, namedSet, day, document, sentence, elsewhere))
            {
                var mention = new Mention(id, match.Start, match.End, match.FirstToken, match.LastToken, match.Phrase.Form,
                    match.Preposition, match.HasConjunction, match.Phrase.Target == PhraseTarget.Group ? groups : -1);
                sentence.Add(mention);
                document.Add(mention);
            }
            if (match.Phrase.Target == PhraseTarget.Group) groups++;
        }
        return new Result(mentions.Select(m => m ?? (IReadOnlyList<Mention>)[]).ToList(), nonActors, focus);
    }

    /// <summary>The actors a matched phrase stands for: one for a name, none when a phrase refers back to nothing.</summary>
    private IEnumerable<string> ActorsOf(GazetteerMatcher.Match match, string? focus, HashSet<string> named, DateOnly day,
        List<Mention> document, List<Mention> sentence, Dictionary<string, int> elsewhere)
    {
        var phrase = match.Phrase;
        if (phrase.Alternatives is { } alternatives) // «عمان» in a text about Jordan is Amman: the actor named otherwise most
            return [alternatives.MaxBy(a => elsewhere.GetValueOrDefault(a))!];
        switch (phrase.Target)
        {
            case PhraseTarget.Anaphor:
                return focus is null ? [] : [focus];
            case PhraseTarget.Person:
                return gazetteer.People[phrase.Id].ActorOn(day) is { } acting ? [acting] : [];
            case PhraseTarget.Head:
                var candidates = gazetteer.ActorsWithHead(phrase.Id);
                var last = document.LastOrDefault(m => candidates.Contains(m.ActorId));
                return last is null ? [] : [last.ActorId];
            case PhraseTarget.Group:
                return GroupAnaphora.Resolve(phrase.Count, phrase.CountriesOnly ? IsCountry : _ => true, document, sentence);
            default:
                var id = phrase.Id;
                if (phrase.Form == MentionForm.Demonym && !named.Contains(id) && focus is not null && SameStem(id, focus))
                    id = focus; // النيجيري in a text about Niger that never names Nigeria: writers confuse the two adjectives
                return [id];
        }
    }

    private bool IsCountry(string id) => gazetteer.Actors[id].Kind == ActorKind.Country;

    /// <summary>The country named most often; ties go to the one named first.</summary>
    private string? FocusCountry(List<string> namedIds) =>
        namedIds.Where(id => gazetteer.Actors[id].Kind == ActorKind.Country)
                .Select((id, i) => (id, i))
                .GroupBy(x => x.id)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.i))
                .Select(g => g.Key).FirstOrDefault();

    /// <summary>Two countries whose Arabic names share their first three letters after the article (النيجر / نيجيريا).</summary>
    private bool SameStem(string a, string b)
    {
        static string Core(string nameAr)
        {
            var n = ArabicNormalizer.NormalizeTerm(nameAr);
            if (n.StartsWith("ال", StringComparison.Ordinal)) n = n[2..];
            return n.Length >= 3 ? n[..3] : n;
        }
        return a != b && Core(gazetteer.Actors[a].NameAr) == Core(gazetteer.Actors[b].NameAr);
    }

    // The word right after an ambiguous name that makes it the common word: «القاعدة الجوية» is an air base.
    private static readonly Dictionary<string, string> CommonSenseAfter = FunctionWords.Arabic.Map("common_sense_after", word => word);

    private static bool InCommonSense(Sentence sentence, GazetteerMatcher.Match match)
    {
        var next = match.LastToken + 1;
        if (next >= sentence.Tokens.Count || !CommonSenseAfter.TryGetValue(sentence.Tokens[next].Text, out var word)) return false;
        var name = sentence.Tokens[match.LastToken].Text;
        return name.EndsWith(word, StringComparison.Ordinal); // the name itself, or its stem after a clitic (بالقاعدة)
    }

    private static bool HasStateContext(Sentence sentence, IReadOnlyList<GazetteerMatcher.Match> matches, int m)
    {
        var match = matches[m];
        if (match.Preposition != '\0' || match.FirstToken == 0) return true;
        var previous = sentence.Tokens[match.FirstToken - 1].Text;
        if (StateContext.Contains(previous)) return true;
        if (previous.Length >= 4 && previous.EndsWith('ت') && !previous.EndsWith("ات", StringComparison.Ordinal)) return true; // a verb: أعلنت مالي
        // Coordinated with another actor: "بوركينا فاسو ومالي", "مالي والنيجر".
        var before = m > 0 ? matches[m - 1] : null;
        if (match.HasConjunction && before is { Phrase.Target: PhraseTarget.Actor } && before.LastToken == match.FirstToken - 1) return true;
        var after = m + 1 < matches.Count ? matches[m + 1] : null;
        return after is { Phrase.Target: PhraseTarget.Actor, HasConjunction: true } && after.FirstToken == match.LastToken + 1;
    }
}
