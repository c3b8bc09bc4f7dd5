using GraphViz.Core.Actors;
using GraphViz.Core.Text;

namespace GraphViz.Core.Relations;

/// <summary>
/// Reads the relations a sentence's trigger phrases signal: finds its triggers, drops the negated and
/// conditional ones, and reads each trigger's roles. The result is in terms of actor ids and token
/// positions; dates and evidence are attached by the caller.
/// </summary>
public sealed class TriggerReader(TriggerLexicon lexicon, Gazetteer gazetteer) : ISentenceReader
{
    // لا، لم، لن، ليس: the verb right after them did not / will not happen.
    private static readonly HashSet<string> Negators = FunctionWords.Arabic.Set("negator");
    private static readonly HashSet<string> Generic = FunctionWords.Arabic.Set("generic");

    // A relation planned, sought or urged (تعتزم، تسعى، حثّ على) is not one that holds.
    private static readonly HashSet<string> Intent = FunctionWords.Arabic.Set("intent");
    private static readonly HashSet<string> SpeechParticiples = FunctionWords.Arabic.Set("speech_participle");

    /// <summary>How many words after an intent word or a threat a relation counts as what is intended or threatened.</summary>
    private const int IntentReach = 6;

    // A relation inside "if …" (إذا، لو، في حال), or one a party denies (نفت أن تكون ...), is not one that holds.
    private static readonly HashSet<string> Unreal = FunctionWords.Arabic.Set("unreal");
    private static readonly string[][] UnrealPhrases = Phrases.Split(Unreal.Where(u => u.Contains(' ')));

    private readonly TriggerMatcher _matcher = new(lexicon);
    private readonly RoleReader _roles = new();
    private readonly RelationType _jointAction = lexicon.Types["joint_action"];

    // A group can be described by another actor's adjective (مجموعة فاغنر الروسية); a state cannot.
    private readonly Func<string, bool> _describable = id => gazetteer.Actors[id].Kind != ActorKind.Country;

    // "الحليف التقليدي"، "الشريك السابق": a relation of the past, whatever the sentence's date.
    private static readonly HashSet<string> PastMarkers = FunctionWords.Arabic.Set("past_marker");


    public void Read(SentenceContext context, List<FoundRelation> found)
    {
        var (text, sentence, mentions, focus, discourse) = context;
        var triggers = _matcher.Match(sentence.Tokens, mentions);
        if (triggers.Count == 0) return;
        var earlierTargets = new HashSet<string>(StringComparer.Ordinal);
        var firstUnreal = FirstUnreal(sentence.Tokens);
        var triggerWords = new bool[sentence.Tokens.Count];
        foreach (var t in triggers) foreach (var w in t.WordTokens) triggerWords[w] = true;
        var participants = RoleReader.Participants(sentence.Tokens, mentions, triggerWords, _describable);
        var contrasts = ClauseBoundaries.Contrasts(sentence.Tokens);
        var described = DescribedInApposition(sentence.Tokens, triggers, participants);
        var asides = ClauseBoundaries.RelativeClauseTokens(text, sentence);
        foreach (var trigger in triggers)
        {
            if (IsNegated(sentence.Tokens, trigger) || firstUnreal < trigger.FirstToken || IsIntended(sentence.Tokens, trigger, triggers)) continue;
            // An attendee or mediator joins the parties of the act the sentence reports, whichever clause names them.
            var parties = trigger.Pattern.Roles == TriggerRoles.Mediator ? participants : InClause(trigger, contrasts, participants);
            if (asides is not null && trigger.Pattern.Roles != TriggerRoles.Mediator) parties = ByAside(trigger, asides, parties);
            if (trigger.Pattern.Roles == TriggerRoles.Mutual) parties = WithoutOtherActsAdjectives(trigger, sentence.Tokens, parties, triggerWords);
            if (described is not null && trigger.Pattern.Roles != TriggerRoles.Relational) parties = parties.Where(m => !described.Contains(m)).ToList();
            // What a relative clause says of its actor is no content of the statement around it.
            var reported = AsideOf(trigger, asides) is null && IsReported(sentence.Tokens, triggers, trigger);
            var accused = reported && trigger.Pattern.Roles != TriggerRoles.Mutual ? Accused(found, trigger, sentence.Tokens, parties) : null;
            var roles = accused is not null
                ? _roles.ReadCharged(trigger, sentence.Tokens, parties, accused, asides)
                : _roles.Read(trigger, sentence.Tokens, parties, focus, earlierTargets, discourse, ownAgentOnly: reported, asides);
            var before = found.Count; // what this trigger adds, joint action included, is recorded after it
            AddJointAction(trigger, roles, sentence.Tokens, found);
            if (roles.Count == 0) continue;
            // Whose words these are: the subject of a condemnation or concern before it, or the speaker of a quotation.
            var reporter = found.LastOrDefault(f => f.Type.Content is TriggerContent.Reported or TriggerContent.Charged)?.Source
                           ?? Speaker(text, sentence, trigger, participants);
            var historical = IsHistorical(sentence.Tokens, trigger);
            foreach (var (agent, target) in roles)
            {
                if (agent == target) continue;
                found.Add(new FoundRelation(agent, target, trigger.Pattern.Type, trigger.FirstToken,
                    reporter is not null && reporter != agent && reporter != target ? reporter : null, historical));
                if (trigger.Pattern.Roles != TriggerRoles.Mutual) earlierTargets.Add(target); // a party to talks is no one's object
            }
            discourse.Record(trigger.Pattern.Type, found, before, mentions, trigger.WordTokens, sentence.Tokens);
        }
    }

    /// <summary>
    /// Two or more subjects of one act act together ("شنت الولايات المتحدة وبريطانيا ضربات"): partners in it, when
    /// the act's type says its subjects act together (relation-types.tsv).
    /// </summary>
    private void AddJointAction(TriggerMatch trigger, List<RoleReader.Roles> roles, IReadOnlyList<Token> tokens, List<FoundRelation> found)
    {
        // Mutual parties and the several agents of a passive ("المدعومة من الإمارات وروسيا") each act on their own.
        if (!trigger.Pattern.Type.Together || trigger.Pattern.Roles is TriggerRoles.Mutual or TriggerRoles.Passive) return;
        var agents = roles.Select(r => r.Agent).Distinct().ToList();
        if (agents.Count < 2) return;
        foreach (var pair in MutualRoles.AllPairs(agents))
            found.Add(new FoundRelation(pair.Agent, pair.Target, _jointAction, trigger.FirstToken, Historical: IsHistorical(tokens, trigger)));
    }

    /// <summary>
    /// The participants in the trigger's own clause, when that clause names any; otherwise (an elided subject:
    /// "..., بينما عززت علاقاتها مع روسيا") all of the sentence's.
    /// </summary>
    private static IReadOnlyList<Mention> InClause(TriggerMatch trigger, IReadOnlyList<int> contrasts, IReadOnlyList<Mention> participants)
    {
        if (contrasts.Count == 0) return participants;
        var (from, to) = ClauseBoundaries.Around(contrasts, trigger.FirstToken);
        var inClause = participants.Where(m => m.FirstToken >= (from ?? 0) && m.FirstToken < (to ?? int.MaxValue)).ToList();
        return inClause.Count > 0 ? inClause : participants;
    }

    /// <summary>The relative clause set off by commas that the trigger stands in, if any.</summary>
    private static (int First, int Last)? AsideOf(TriggerMatch trigger, List<(int First, int Last)>? asides)
    {
        if (asides is not null)
            foreach (var a in asides)
                if (trigger.FirstToken >= a.First && trigger.FirstToken <= a.Last) return a;
        return null;
    }

    /// <summary>
    /// A relative clause is about the actor before it («ونددت الجزائر، التي تدعم البوليساريو، بالقرار الأمريكي»): an
    /// act inside it has that actor (with those coordinated with it) and the clause's own actors for parties; an act
    /// outside it takes none of the clause's actors.
    /// </summary>
    private static IReadOnlyList<Mention> ByAside(TriggerMatch trigger, List<(int First, int Last)> asides, IReadOnlyList<Mention> parties)
    {
        if (AsideOf(trigger, asides) is var (first, last))
        {
            var antecedent = parties.LastOrDefault(m => m.LastToken < first);
            var antecedents = antecedent is null ? [] : Coordination.UpTo(antecedent, parties);
            return parties.Where(m => antecedents.Contains(m) || (m.FirstToken >= first && m.LastToken <= last)).ToList();
        }
        return parties.Where(m => !asides.Any(a => m.FirstToken >= a.First && m.LastToken <= a.Last)).ToList();
    }

    /// <summary>
    /// The actors named in an apposition that describes another («تركيا، الحليف الوثيق لأذربيجان، رحبت»): what
    /// they are to it is said there, and they take no part in the sentence's other acts.
    /// </summary>
    private static HashSet<Mention>? DescribedInApposition(IReadOnlyList<Token> tokens, List<TriggerMatch> triggers, IReadOnlyList<Mention> participants)
    {
        HashSet<Mention>? described = null;
        foreach (var t in triggers)
            if (RoleReader.Apposition(t, tokens, participants) is var (_, of)) (described ??= []).Add(of);
        return described;
    }

    /// <summary>
    /// An adjective that describes another act (اجتماع عبر الفيديو، الهجوم الإيراني) is that act's party, not a
    /// party to talks or a meeting.
    /// </summary>
    private static IReadOnlyList<Mention> WithoutOtherActsAdjectives(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> parties,
        bool[] triggerWords)
    {
        List<Mention>? kept = null;
        for (var i = 0; i < parties.Count; i++)
        {
            var m = parties[i];
            var otherAct = RoleReader.ActDescribed(m, tokens, parties) is var head && head >= 0 && !trigger.WordTokens.Contains(head)
                           && (triggerWords[head] || RoleReader.IsActNoun(tokens[head].Text));
            if (otherAct && kept is null) { kept = new List<Mention>(parties.Count); for (var k = 0; k < i; k++) kept.Add(parties[k]); }
            if (!otherAct) kept?.Add(m);
        }
        return kept ?? parties;
    }

    /// <summary>
    /// Right after an intent word (تعتزم إغلاق) or a threat (هددت بإغلاق المجال الجوي): the relation is what is
    /// intended or threatened, not the act. The threat itself is read as a relation of its own.
    /// </summary>
    private static bool IsIntended(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<TriggerMatch> triggers)
    {
        for (var t = Math.Max(0, trigger.FirstToken - IntentReach); t < trigger.FirstToken; t++)
            if (ArabicClitics.AnyReadingIn(tokens[t].Text, Intent)) return true;
        return AnyBefore(triggers, trigger, TriggerContent.Intended, IntentReach);
    }

    /// <summary>
    /// Whether the trigger is what a report before it says (أدانت مصر الهجوم على إسرائيل), rather than the
    /// subject's own act after a participle of saying («، معربةً عن تضامنها مع»).
    /// </summary>
    private static bool IsReported(IReadOnlyList<Token> tokens, List<TriggerMatch> triggers, TriggerMatch trigger)
    {
        var report = -1;
        foreach (var other in triggers)
            if (other.Pattern.Type.Content is TriggerContent.Reported or TriggerContent.Charged && other.LastToken < trigger.FirstToken)
                report = Math.Max(report, other.LastToken);
        if (report < 0) return false;
        for (var t = report + 1; t < trigger.FirstToken; t++)
            if (SpeechParticiples.Contains(tokens[t].Text)) return false;
        return true;
    }

    /// <summary>
    /// Who the sentence last accused, when the trigger is what they are charged with: a verbal noun with ب right
    /// after the accused («اتهمت مالي أوكرانيا بدعم الإرهاب»). Null otherwise.
    /// </summary>
    private static string? Accused(List<FoundRelation> found, TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (trigger.FirstToken == 0 || !tokens[trigger.FirstToken].Text.StartsWith('ب')) return null;
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i].Type.Content != TriggerContent.Charged) continue;
            var accused = found[i].Target;
            return mentions.Any(m => m.ActorId == accused && m.LastToken == trigger.FirstToken - 1) ? accused : null;
        }
        return null;
    }

    /// <summary>Whether a trigger of the given content ends before <paramref name="trigger"/>, at most <paramref name="reach"/> words before it.</summary>
    private static bool AnyBefore(List<TriggerMatch> triggers, TriggerMatch trigger, TriggerContent content, int reach)
    {
        foreach (var other in triggers)
            if (other.Pattern.Type.Content == content && other.LastToken < trigger.FirstToken && trigger.FirstToken - other.LastToken <= reach)
                return true;
        return false;
    }

    private static bool IsNegated(IReadOnlyList<Token> tokens, TriggerMatch trigger)
    {
        for (var t = Math.Max(0, trigger.FirstToken - 2); t < trigger.FirstToken; t++)
            if (ArabicClitics.AnyReadingIn(tokens[t].Text, Negators)) return true;
        return trigger.FirstToken > 0 && Generic.Contains(tokens[trigger.FirstToken - 1].Text); // «أي هجوم»: any, not one
    }

    /// <summary>
    /// For a trigger inside quotation marks, the speaker: the nearest actor named before the quotation opens
    /// ("وقال وزير الخارجية المصري: "تركيا شريك ..."" is Egypt's word).
    /// </summary>
    private static string? Speaker(string text, Sentence sentence, TriggerMatch trigger, IReadOnlyList<Mention> mentions)
    {
        var at = sentence.Tokens[trigger.FirstToken].Start;
        var quotes = 0;
        var opened = -1;
        for (var i = sentence.Start; i < at; i++)
        {
            if (text[i] != '"') continue;
            quotes++;
            if (quotes % 2 == 1) opened = i;
        }
        if (quotes % 2 == 0) return null;
        return mentions.LastOrDefault(m => m.End <= opened)?.ActorId;
    }

    /// <summary>A past marker within the trigger's phrase: right after it or one word on (الحليف الأمني التقليدي).</summary>
    private static bool IsHistorical(IReadOnlyList<Token> tokens, TriggerMatch trigger)
    {
        for (var t = trigger.LastToken + 1; t <= Math.Min(tokens.Count - 1, trigger.LastToken + 2); t++)
            if (PastMarkers.Contains(tokens[t].Text)) return true;
        return false;
    }

    /// <summary>Where the sentence first turns unreal (إذا، لو، في حال، نفت ...): relations after it do not hold.</summary>
    private static int FirstUnreal(IReadOnlyList<Token> tokens)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            if (ArabicClitics.AnyReadingIn(tokens[t].Text, Unreal)) return t;
            if (Phrases.StartsAt(tokens, t, UnrealPhrases) is not null) return t; // في حال
        }
        return int.MaxValue;
    }
}
