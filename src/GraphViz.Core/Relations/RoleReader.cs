using GraphViz.Core.Actors;
using GraphViz.Core.Text;

namespace GraphViz.Core.Relations;

/// <summary>
/// Reads who acts on whom around a trigger from the shape of an Arabic news sentence: verb-first (طلبت
/// النيجر من واشنطن) or subject-first (النيجر والولايات المتحدة ملتزمتان), a verbal noun's agent right
/// after it (حرب واشنطن ضد), the target behind a preposition (من، مع، ضد، على، بشأن ...), and for
/// mutual relations "بين X و Y". When the sentence names no agent or target, the text's main country
/// stands in: a report about Niger that says "the junta asked French troops to leave" means Niger.
/// </summary>
public sealed class RoleReader
{
    internal static readonly HashSet<string> Prepositions = FunctionWords.Arabic.Set("preposition");
    private static readonly HashSet<string> Documents = FunctionWords.Arabic.Set("document");

    /// <summary>One reading: the agent acts on the target (for symmetric types, the order is the text's).</summary>
    public readonly record struct Roles(string Agent, string Target);

    /// <summary>The mentions that can take a role: all but adjectives describing the actor just before them.</summary>
    /// <param name="triggerWords">The words of the sentence's triggers: an adjective after one describes it, not an actor.</param>
    /// <param name="describable">Actors another actor's adjective can describe (a group can be Russian; a state cannot be French).</param>
    public static IReadOnlyList<Mention> Participants(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, bool[] triggerWords,
        Func<string, bool> describable)
    {
        List<Mention>? kept = null; // most sentences drop none: no copy for them
        for (var i = 0; i < mentions.Count; i++)
        {
            var attribute = IsAttribute(mentions[i], tokens, mentions, triggerWords, describable);
            if (attribute && kept is null) { kept = new List<Mention>(mentions.Count); for (var k = 0; k < i; k++) kept.Add(mentions[k]); }
            if (!attribute) kept?.Add(mentions[i]);
        }
        return kept ?? mentions;
    }

    /// <param name="mentions">The sentence's <see cref="Participants"/>.</param>
    /// <param name="ownAgentOnly">
    /// The trigger is what a speaker reports ("أدانت مصر الهجوم على إسرائيل"): its agent can only be its own
    /// (الهجوم الإيراني), never the sentence's subject or the text's main country.
    /// </param>
    /// <param name="discourse">The acts read so far, which an act noun refers back to.</param>
    public List<Roles> Read(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions,
        string? focus, ISet<string> earlierTargets, Discourse discourse, bool ownAgentOnly = false,
        IReadOnlyList<(int First, int Last)>? asides = null)
    {
        if (ownAgentOnly && trigger.Pattern.Roles != TriggerRoles.Mutual) return OwnAgentOnly(trigger, tokens, mentions);
        if (trigger.Pattern.Roles == TriggerRoles.Mutual)
        {
            var pairs = MutualRoles.Pairs(trigger, tokens, mentions);
            if (pairs.Count > 0) return pairs;
            var agent = Agents(trigger, tokens, mentions, focus, earlierTargets).FirstOrDefault();
            // A second party the sentence does not name near the trigger is not guessed.
            var target = agent is null ? null : Targets(trigger, tokens, mentions, [agent], focus: null).FirstOrDefault();
            return agent is not null && target is not null ? [new Roles(agent, target)] : [];
        }

        if (trigger.Pattern.Roles == TriggerRoles.Passive) return Passive(trigger, tokens, mentions, earlierTargets, discourse);
        if (trigger.Pattern.Roles == TriggerRoles.Mediator) return Mediator(trigger, tokens, mentions, earlierTargets);
        if (trigger.Pattern.Roles == TriggerRoles.Relational && Relational(trigger, tokens, mentions) is { Count: > 0 } described) return described;

        var between = MutualRoles.AfterBetween(trigger, tokens, mentions);
        if (between.Count > 0) return between;

        // An object trigger's own adjective is its object (إنهاء الوجود الفرنسي), so its agent is only the subject before it.
        var agents = trigger.Pattern.Roles == TriggerRoles.Object
            ? Before(trigger, tokens, mentions, earlierTargets) ?? (focus is null ? [] : [focus])
            : Agents(trigger, tokens, mentions, focus, earlierTargets, asides);
        var result = new List<Roles>();
        if (agents.Count == 0) return result;
        // Several subjects and no one after them: a cooperation among themselves ("عززتا التعاون بينهما").
        // Not for what each may say on its own (رحبت روسيا والصين بـ ...: a welcome of someone unnamed).
        // So is an act on «their» relations, whoever else the sentence names (استأنفت السعودية وإيران علاقاتهما بوساطة صينية).
        if (agents.Count > 1 && trigger.Pattern.Type is { Polarity: Polarity.Positive } type && (type.Together || type.Symmetric)
            && (!AnyOtherActorAfter(trigger, mentions, agents) || OnTheirOwn(trigger, tokens)))
            return MutualRoles.AllPairs(agents);
        var targets = trigger.Pattern.Roles == TriggerRoles.Statement
            ? OrActBefore(After(trigger, mentions, agents, asides), trigger, tokens, agents, discourse)
            : Targets(trigger, tokens, mentions, agents, focus, asides);
        foreach (var a in agents)
            foreach (var t in targets)
                if (a != t) result.Add(new Roles(a, t));
        return result;
    }

    /// <summary>
    /// What an accused is charged with («اتهمت مالي أوكرانيا بدعم الإرهاب»، «اتهم الجيش الإمارات بتزويد قوات الدعم
    /// السريع بالأسلحة»): the accused acts on the act's own target; none when the sentence names no target.
    /// </summary>
    public List<Roles> ReadCharged(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, string accused,
        IReadOnlyList<(int First, int Last)>? asides)
    {
        var roles = new List<Roles>();
        // Only after the act: the accuser before it is not what the accused acted on.
        foreach (var target in Targets(trigger, tokens, mentions, [accused], focus: null, asides))
            if (target != accused && mentions.Any(m => m.ActorId == target && m.FirstToken > trigger.FirstToken)) roles.Add(new Roles(accused, target));
        return roles;
    }

    // Apart from Read, as the next, so that their closures are made only when they run, not for every trigger.
    private static List<Roles> OwnAgentOnly(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var own = Genitive(trigger, tokens, mentions);
        if (own is null) return [];
        return Targets(trigger, tokens, mentions, own, focus: null).SelectMany(t => own.Where(a => a != t).Select(a => new Roles(a, t))).ToList();
    }

    /// <summary>
    /// A trigger word with the dual possessive and no preposition after it that would bring in another party:
    /// «علاقاتهما الدبلوماسية»، but not «تقاربهما مع موسكو».
    /// </summary>
    private static bool OnTheirOwn(TriggerMatch trigger, IReadOnlyList<Token> tokens)
    {
        foreach (var w in trigger.WordTokens)
            if (tokens[w].Text.Length > 4 && tokens[w].Text.EndsWith("هما", StringComparison.Ordinal)
                && (w + 1 >= tokens.Count || !Prepositions.Contains(tokens[w + 1].Text)))
                return true;
        return false;
    }

    private static bool AnyOtherActorAfter(TriggerMatch trigger, IReadOnlyList<Mention> mentions, IReadOnlyList<string> agents)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.FirstToken > trigger.FirstToken && !agents.Contains(m.ActorId) && !m.OnlyPlace) return true;
        }
        return false;
    }

    /// <summary>
    /// "قوات حفتر، المدعومة من الإمارات وروسيا ومصر": the actors after the trigger act on the one it follows. With
    /// no one before it in the sentence, nobody is guessed.
    /// </summary>
    private static List<Roles> Passive(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, ISet<string> earlierTargets,
        Discourse discourse)
    {
        var first = mentions.FirstOrDefault(m => m.FirstToken > trigger.LastToken);
        if (first is null) return [];
        var agents = Coordination.Ids(Coordination.From(first, mentions));
        // "الضربات نُفذت بدعم من أستراليا": what is supported is an act named before, so its agents are.
        var act = ActNamedBefore(trigger, tokens, agents, discourse);
        // The receiver may be the subject between a verb and its object: "وتسلمت النيجر شحنة أسلحة روسية".
        var targets = act.Count > 0 ? act : Before(trigger, tokens, mentions, earlierTargets) ?? Inside(trigger, mentions);
        return agents.SelectMany(a => targets.Where(t => t != a && !agents.Contains(t)).Select(t => new Roles(a, t))).ToList();
    }

    private static List<string> Inside(TriggerMatch trigger, IReadOnlyList<Mention> mentions) =>
        Coordination.Ids(mentions.Where(m => m.FirstToken > trigger.FirstToken && m.LastToken < trigger.LastToken).ToList());

    /// <summary>
    /// A mediator ("بوساطة قطرية"، "برعاية سعودية أمريكية"، "قطر تتوسط") is a partner of each party it mediates
    /// between: every other actor the sentence names.
    /// </summary>
    private static List<Roles> Mediator(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, ISet<string> earlierTargets)
    {
        var mediators = Genitive(trigger, tokens, mentions) ?? Before(trigger, tokens, mentions, earlierTargets);
        if (mediators is null) return [];
        var parties = mentions.Select(m => m.ActorId).Where(id => !mediators.Contains(id)).Distinct().ToList();
        return mediators.SelectMany(m => parties.Select(p => new Roles(m, p))).ToList();
    }

    /// <summary>How far after a relational noun the actor it relates to may stand: «الحليف الوثيق لباكو».</summary>
    private const int RelationalReach = 3;

    /// <summary>
    /// A noun that says what one actor is to another, set beside the first (in apposition or as a predicate):
    /// "حزب الله اللبناني، أبرز حلفاء طهران"، "تركيا، الحليف الوثيق لباكو"، "وتعد الإمارات الداعم الرئيسي لقوات
    /// الدعم السريع". None when nothing stands right before it; it is then read as a verbal noun.
    /// </summary>
    private static List<Roles> Relational(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions) =>
        Apposition(trigger, tokens, mentions) is var (saidOf, of) ? [new Roles(saidOf.ActorId, of.ActorId)] : [];

    /// <summary>The two actors a relational noun relates (see <see cref="Relational"/>), or null.</summary>
    public static (Mention SaidOf, Mention Of)? Apposition(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (trigger.Pattern.Roles != TriggerRoles.Relational) return null;
        var saidOf = mentions.LastOrDefault(m => m.LastToken < trigger.FirstToken);
        if (saidOf is null || !OnlyDescriptionBetween(tokens, saidOf.LastToken, trigger.FirstToken)) return null;
        var of = mentions.FirstOrDefault(m => m.FirstToken > trigger.LastToken && m.FirstToken - trigger.LastToken <= RelationalReach
                                             && m.ActorId != saidOf.ActorId && !m.OnlyPlace);
        return of is null ? null : (saidOf, of);
    }

    private static readonly HashSet<string> Superlatives = FunctionWords.Arabic.Set("superlative");
    private static readonly HashSet<string> HitNouns = FunctionWords.Arabic.Set("hit_noun");

    /// <summary>At most two words between, each a superlative (أبرز، أقرب) or an adjective with the article (اللبناني).</summary>
    private static bool OnlyDescriptionBetween(IReadOnlyList<Token> tokens, int after, int before)
    {
        if (before - after - 1 > 2) return false;
        for (var t = after + 1; t < before; t++)
        {
            var w = tokens[t].Text;
            if (!Superlatives.Contains(w) && !(w.StartsWith("ال", StringComparison.Ordinal) && w.EndsWith('ي'))) return false;
        }
        return true;
    }

    /// <summary>Who acts: the subject (with every actor coordinated with it), or the text's main country.</summary>
    private static List<string> Agents(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, string? focus,
        ISet<string> earlierTargets, IReadOnlyList<(int First, int Last)>? asides = null)
    {
        // A relative verb's subject is the actor the clause is about («الجزائر، التي تدعم البوليساريو»), unless the verb
        // carries that actor as its object and names its own subject after it («الذي صاغته فرنسا»).
        if (OpensRelativeClause(trigger, tokens, asides) && Before(trigger, tokens, mentions, earlierTargets) is { } antecedent) return antecedent;
        if (Genitive(trigger, tokens, mentions) is { } genitive) return genitive;
        if (Before(trigger, tokens, mentions, earlierTargets) is { } before) return before;
        // A verb's subject may follow its object (VSO with a fronted object); a noun's agent is right after it or not there.
        var after = trigger.Pattern.Roles is TriggerRoles.Verb or TriggerRoles.Statement
            ? mentions.FirstOrDefault(m => m.FirstToken > trigger.LastToken && !IsOblique(m, tokens, mentions) && !earlierTargets.Contains(m.ActorId)
                                           && !m.OnlyPlace)
            : null;
        if (after is not null) return Coordination.Ids(Coordination.From(after, mentions));
        // An elided subject is the text's main country ("ولجأت إلى مجموعة فاغنر"); a noun with no agent has none.
        if (trigger.Pattern.Roles is TriggerRoles.Noun or TriggerRoles.Relational)
        {
            // A noun with a possessive pronoun has an agent: the sentence's subject («وبالتوازي مع قطيعتها مع فرنسا،
            // عززت الدول الثلاث ...»), else the text's main country. Without one, a noun has no agent.
            if (!HasPossessivePronoun(tokens[trigger.FirstToken].Text))
                return OpensWithKnownAct(trigger, tokens, mentions) && focus is not null ? [focus] : [];
            var subject = mentions.FirstOrDefault(m => !IsOblique(m, tokens, mentions) && !m.OnlyPlace && !earlierTargets.Contains(m.ActorId)
                                                       && (m.LastToken < trigger.FirstToken || m.FirstToken > trigger.LastToken));
            if (subject is not null) return Coordination.Ids(Coordination.From(subject, mentions));
        }
        return focus is null ? [] : [focus];
    }

    /// <summary>
    /// A definite one-sided act, its target brought in by its own preposition, that opens its sentence, no actor named before it («ويأتي الانقلاب والانفصال اللاحق عن
    /// الدول الغربية»): the act the text has been reporting, by the country it is about. Not talks or a war:
    /// those have two sides, and wire copy names both.
    /// </summary>
    private static bool OpensWithKnownAct(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions) =>
        !trigger.Pattern.Type.Symmetric && trigger.Pattern.Type.Stance != Stance.Hostile && EndsInPreposition(trigger)
        && IsDefinite(tokens[trigger.FirstToken].Text)
        && !mentions.Any(m => m.FirstToken < trigger.FirstToken);

    private static bool IsDefinite(string word) => ArabicClitics.WithoutConjunction(word).StartsWith("ال", StringComparison.Ordinal);

    /// <summary>The verb right after the relative pronoun of a relative clause set off by a comma.</summary>
    private static bool OpensRelativeClause(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<(int First, int Last)>? asides) =>
        asides is not null && trigger.Pattern.Roles is TriggerRoles.Verb or TriggerRoles.Statement
        && asides.Any(a => a.First == trigger.FirstToken - 1) && !HasObjectPronoun(tokens[trigger.FirstToken].Text);

    private static bool HasObjectPronoun(string verb) =>
        verb.Length > 3 && (verb.EndsWith('ه') || verb.EndsWith("ها", StringComparison.Ordinal) || verb.EndsWith("هم", StringComparison.Ordinal));

    private static bool HasPossessivePronoun(string word) =>
        word.Length > 4 && (word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal) || word.EndsWith("هما", StringComparison.Ordinal));

    /// <summary>How many words after a mediator trigger its agent's adjective may stand, a title between (ولي العهد السعودي).</summary>
    private const int TitleReach = 4;

    /// <summary>The subject right after a verb, or the agent right after a verbal noun: within two words of a trigger word.</summary>
    private static List<string>? Genitive(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        // A verb describing a document just before it (قرارًا يطالب الحوثيين، بيانًا يدين) has the document for subject:
        // the actor after it is its object, and its agent is who issued the document.
        if (trigger.Pattern.Roles is TriggerRoles.Verb or TriggerRoles.Statement && trigger.FirstToken > 0
            && ArabicClitics.AnyReadingIn(tokens[trigger.FirstToken - 1].Text, Documents))
            return null;
        foreach (var m in mentions)
        {
            // A mediator's or attendee's adjective may close a title first: "بحضور ولي العهد السعودي".
            var reach = m.Form == MentionForm.Demonym && trigger.Pattern.Roles == TriggerRoles.Mediator ? TitleReach : 2;
            if (m.FirstToken <= trigger.FirstToken || m.FirstToken > trigger.LastToken + reach) continue;
            // An adjective on the trigger noun itself (العلاقات النيجيرية) is its agent, whatever governs the noun.
            // Not on a verb's object (استدعت السفير الأمريكي: the ambassador is the object's, not the subject's).
            if (m.Form == MentionForm.Demonym && trigger.WordTokens.Contains(m.FirstToken - 1))
            {
                if (trigger.Pattern.Roles != TriggerRoles.Verb || m.FirstToken - 1 == trigger.FirstToken) return Coordination.Ids(Coordination.From(m, mentions));
                continue;
            }
            if (IsOblique(m, tokens, mentions)) continue;
            if (m.Form == MentionForm.Demonym && HitNouns.Contains(tokens[m.FirstToken - 1].Text)) continue; // استهداف السفن الأمريكية
            var near = trigger.WordTokens.Any(w => m.FirstToken > w && m.FirstToken - w <= reach);
            if (near && !HasPrepositionBetween(tokens, trigger.FirstToken, m.FirstToken))
                return Coordination.Ids(Coordination.From(m, mentions));
        }
        // The subject of a relative verb inside a noun trigger's gap: "هجمات شنها الحوثيون على السفن"; a verb's subject
        // inside its own gap, behind a title: "أعربت وزارة الخارجية المصرية عن قلقها".
        if (trigger.Pattern.Roles is TriggerRoles.Noun or TriggerRoles.Relational or TriggerRoles.Statement)
            foreach (var m in mentions)
                if (m.FirstToken > trigger.FirstToken && m.LastToken < trigger.LastToken && !IsOblique(m, tokens, mentions) && !m.OnlyPlace)
                    return Coordination.Ids(Coordination.From(m, mentions));
        return null;
    }

    /// <summary>
    /// The nearest subject-like mention before the trigger that was not already something else's object, with
    /// the list it closes: "أعلنت بوركينا فاسو ومالي والنيجر انسحابها".
    /// </summary>
    private static List<string>? Before(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, ISet<string> earlierTargets)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.LastToken >= trigger.FirstToken) continue;
            if (IsOblique(m, tokens, mentions) || earlierTargets.Contains(m.ActorId) || m.OnlyPlace) continue;
            // An act does not speak: the adjective of an act noun (الهجوم الإيراني) is no statement's subject.
            if (trigger.Pattern.Roles == TriggerRoles.Statement && ActDescribed(m, tokens, mentions) is var act && act >= 0 && IsActNoun(tokens[act].Text))
                continue;
            var insideEarlierObject = m.Form == MentionForm.Demonym &&
                mentions.Any(o => earlierTargets.Contains(o.ActorId) && o.LastToken < m.FirstToken && m.FirstToken - o.LastToken <= 2);
            if (insideEarlierObject) continue;
            var list = Coordination.UpTo(m, mentions);
            list.Reverse();
            return Coordination.Ids(list.Where(o => !earlierTargets.Contains(o.ActorId)));
        }
        return null;
    }

    /// <summary>Words from a trigger to an actor after it, a relative clause between not counted («ونددت البوليساريو، التي ...، بالقرار الأمريكي»).</summary>
    private static int Distance(TriggerMatch trigger, Mention m, IReadOnlyList<(int First, int Last)>? asides)
    {
        var d = m.FirstToken - trigger.LastToken;
        if (asides is not null)
            foreach (var (first, last) in asides)
                if (first > trigger.LastToken && last < m.FirstToken) d -= last - first + 1;
        return d;
    }

    /// <summary>How far after a statement its object may be named ("ودانت قطر الهجوم الإيراني"): its own clause, not the next.</summary>
    private const int StatementReach = 4;

    /// <summary>How far after an act its target may be named; farther, it is another clause's.</summary>
    private const int TargetReach = 8;

    /// <summary>
    /// What a statement is about (what is condemned, welcomed, warned of): only an actor after it. A statement
    /// whose object the sentence does not name ("ودانت الدوحة الهجوم") says nothing about who.
    /// </summary>
    private static List<string> After(TriggerMatch trigger, IReadOnlyList<Mention> mentions, IReadOnlyList<string> agents,
        IReadOnlyList<(int First, int Last)>? asides)
    {
        var from = TargetsFrom(trigger);
        // A threat's object is the act threatened, which names its target as far on as an act does.
        var reach = trigger.Pattern.Type.Content == TriggerContent.Intended ? TargetReach : StatementReach;
        // Counted past a subject named right after the verb: «ودان قادة مجموعة السبع الهجوم الإيراني».
        var subject = SubjectLength(trigger, mentions, agents);
        var first = mentions.FirstOrDefault(m => m.FirstToken > from && !agents.Contains(m.ActorId) && Distance(trigger, m, asides) - subject <= reach);
        return first is null ? [] : Coordination.Ids(Coordination.From(first, mentions).Where(m => !agents.Contains(m.ActorId)));
    }

    /// <summary>How many words the agent named right after a verb takes, its title included (قادة مجموعة السبع، وزير الخارجية القطري), or 0.</summary>
    private static int SubjectLength(TriggerMatch trigger, IReadOnlyList<Mention> mentions, IReadOnlyList<string> agents)
    {
        foreach (var m in mentions)
            if (agents.Contains(m.ActorId) && m.FirstToken > trigger.LastToken && m.FirstToken - trigger.LastToken <= TitleReach)
                return m.LastToken - trigger.LastToken;
        return 0;
    }

    private static readonly Dictionary<string, string> ActNouns = FunctionWords.Arabic.Map("act_noun", type => type);

    /// <summary>How far after a statement its act noun may stand: "استنكرت لجوء دول صديقة إلى هذا العمل العسكري".</summary>
    private const int ActNounReach = 6;
    /// <summary>Whether the word is an act noun (الهجوم، العقوبات), which a news text uses to refer back to an act.</summary>
    internal static bool IsActNoun(string word) => ActNouns.ContainsKey(word);

    /// <summary>
    /// The noun an adjective mention describes, the adjectives before it skipped («الهجوم الأمريكي البريطاني»):
    /// its word, or −1 when the mention is not an adjective.
    /// </summary>
    internal static int ActDescribed(Mention m, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (m.Form != MentionForm.Demonym) return -1;
        var head = m.FirstToken - 1;
        while (head >= 0 && IsDemonymAt(mentions, head)) head--;
        return head;
    }

    private static bool IsDemonymAt(IReadOnlyList<Mention> mentions, int token)
    {
        foreach (var m in mentions)
            if (m.Form == MentionForm.Demonym && m.FirstToken <= token && token <= m.LastToken) return true;
        return false;
    }

    private static readonly string[][] ActNounPhrases = Phrases.Split(ActNouns.Keys);

    /// <summary>
    /// A statement about an act named before ("ودانت إيران الضربات"، "ودانت الدوحة الهجوم"): with no actor after it,
    /// the act noun right after it stands for the latest act of its type, and that act's agents are the target.
    /// </summary>
    private static List<string> OrActBefore(List<string> targets, TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<string> agents, Discourse discourse)
    {
        if (targets.Count > 0) return targets;
        for (var t = trigger.LastToken + 1; t <= Math.Min(tokens.Count - 1, trigger.LastToken + ActNounReach); t++)
            if (Phrases.StartsAt(tokens, t, ActNounPhrases) is { } noun)
                return discourse.AgentsOfLatest(ActNouns[string.Join(' ', noun)], noun[0]).Where(a => !agents.Contains(a)).ToList();
        return [];
    }

    /// <summary>An act noun before a passive trigger in its sentence ("الضربات نُفذت بدعم"): the agents of the latest such act.</summary>
    private static List<string> ActNamedBefore(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<string> agents, Discourse discourse)
    {
        for (var t = trigger.FirstToken - 1; t >= Math.Max(0, trigger.FirstToken - 3); t--)
            if (Phrases.StartsAt(tokens, t, ActNounPhrases) is { } noun)
                return discourse.AgentsOfLatest(ActNouns[string.Join(' ', noun)], noun[0]).Where(a => !agents.Contains(a)).ToList();
        return [];
    }

    /// <summary>
    /// Where the target is looked for: after the trigger's first word, or after its last when that is the preposition
    /// that governs the target ("تقدم العراق بشكوى إلى مجلس الأمن ضد إيران": against Iran, not the Council).
    /// </summary>
    private static bool EndsInFi(TriggerMatch trigger) =>
        trigger.WordTokens.Count > 1 && trigger.Pattern.Words[^1].Exact.Contains("في");

    private static int TargetsFrom(TriggerMatch trigger) => EndsInPreposition(trigger) ? trigger.LastToken : trigger.FirstToken;

    /// <summary>A trigger whose last word is the preposition that brings its target in (الانفصال … عن).</summary>
    private static bool EndsInPreposition(TriggerMatch trigger) =>
        trigger.WordTokens.Count > 1 && trigger.Pattern.Words[^1] is { Exact.Count: > 0, Prefixes.Count: 0 } last && last.Exact.All(Prepositions.Contains);

    /// <summary>
    /// Who is acted on: the first actor after the trigger that is not an agent, with the actors coordinated with
    /// it ("مع روسيا وإيران"); else the last before it, with the list it closes ("في بوركينا فاسو ومالي المجاورتين");
    /// else the text's main country.
    /// </summary>
    private static List<string> Targets(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, IReadOnlyList<string> agents, string? focus,
        IReadOnlyList<(int First, int Last)>? asides = null)
    {
        var from = TargetsFrom(trigger);
        var placesExcluded = !EndsInFi(trigger); // "تدخل عسكري في النيجر": the place is what is intervened in
        var first = mentions.FirstOrDefault(m => m.FirstToken > from && !agents.Contains(m.ActorId) && (!placesExcluded || !m.OnlyPlace)
                                                && Distance(trigger, m, asides) <= TargetReach);
        if (first is not null) return Coordination.Ids(Coordination.From(first, mentions).Where(m => !agents.Contains(m.ActorId)));
        // Backwards only for a verb or an object noun ("في بوركينا فاسو ومالي المجاورتين"): a noun's target follows it.
        var before = trigger.Pattern.Roles is TriggerRoles.Noun or TriggerRoles.Relational ? null
            : mentions.LastOrDefault(m => m.LastToken < trigger.FirstToken && !agents.Contains(m.ActorId));
        if (before is not null) return Coordination.Ids(Coordination.UpTo(before, mentions).Where(m => !agents.Contains(m.ActorId)));
        // A noun names no target but one left: a withdrawal («الانسحاب الأمريكي») is from the country the text is about.
        // unless it names another place («انسحاب القوات الأمريكية من المنطقة»).
        var focusTarget = trigger.Pattern.Roles is not (TriggerRoles.Noun or TriggerRoles.Relational)
                          || (trigger.Pattern.Type.Plover == Retreat && !NamesPlaceLeft(trigger, tokens));
        return focus is not null && !agents.Contains(focus) && focusTarget ? [focus] : [];
    }

    private const string Retreat = "RETREAT";

    /// <summary>«من» within a few words after a withdrawal: the place left is named, though it is no actor.</summary>
    private static bool NamesPlaceLeft(TriggerMatch trigger, IReadOnlyList<Token> tokens)
    {
        for (var t = trigger.LastToken + 1; t < tokens.Count && t <= trigger.LastToken + PlaceLeftReach; t++)
            if (tokens[t].Text == "من") return true;
        return false;
    }

    private const int PlaceLeftReach = 3;

    /// <summary>
    /// A mention behind a preposition (or with one written on it: للغرب). For an adjective (القوات الأمريكية)
    /// it is the noun it modifies that the preposition governs: من القوات الفرنسية.
    /// </summary>
    public static bool IsOblique(Mention m, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (m.Preposition != '\0') return true;
        // The second of "في بوركينا فاسو ومالي" is behind the same preposition as the first.
        if (m.Conjoined && mentions.FirstOrDefault(p => p.LastToken == m.FirstToken - 1) is { } first && first != m)
            return IsOblique(first, tokens, mentions);
        var head = m.FirstToken - 1;
        if (head >= 0 && Prepositions.Contains(tokens[head].Text) && !Places.NamesRulers(tokens, head)) return true;
        if (m.Form != MentionForm.Demonym || head < 0) return false;
        if (ArabicClitics.Readings(tokens[head].Text).Any(r => r.Preposition != '\0' && ArabicClitics.HasArticle(r.Stem))) return true;
        return head - 1 >= 0 && Prepositions.Contains(tokens[head - 1].Text);
    }

    /// <summary>
    /// An adjective describing the group just before it, "مجموعة فاغنر المرتزقة الروسية": part of that actor's
    /// phrase, not a party of its own to the trigger. Not after a state ("طردت مالي السفير الفرنسي": the French
    /// ambassador), nor after a trigger word.
    /// </summary>
    private static bool IsAttribute(Mention m, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, bool[] triggerWords,
        Func<string, bool> describable)
    {
        if (m.Form != MentionForm.Demonym) return false;
        var head = mentions.LastOrDefault(o => o.LastToken < m.FirstToken);
        if (head is null || head.ActorId == m.ActorId || m.FirstToken - head.LastToken > 2 || !describable(head.ActorId)) return false;
        for (var t = head.LastToken + 1; t <= m.FirstToken; t++)
        {
            if (tokens[t].Text.Length > 3 && tokens[t].Text[0] is 'و') return false; // "روسيا والقوات الأمريكية"
            if (t < m.FirstToken && triggerWords[t]) return false;                      // "طردت مالي السفير الفرنسي"
            // A word between that is no definite adjective is the demonym's own noun: "نددت البوليساريو بالقرار الأمريكي".
            if (t < m.FirstToken && !tokens[t].Text.StartsWith("ال", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    internal static bool HasPrepositionBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var t = from + 1; t < to; t++) if (Prepositions.Contains(tokens[t].Text)) return true;
        return false;
    }

}
