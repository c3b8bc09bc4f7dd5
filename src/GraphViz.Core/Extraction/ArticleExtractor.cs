using GraphViz.Core.Actors;
using GraphViz.Core.Relations;
using GraphViz.Core.Text;
using GraphViz.Core.Time;

namespace GraphViz.Core.Extraction;

/// <summary>
/// The extraction pipeline for one article: text → normalised text → sentences → mentions → relations,
/// with dates read and resolved against the publication date (or a reference inferred from the text).
/// Thread-safe: it holds only immutable data.
/// </summary>
public sealed class ArticleExtractor(Gazetteer gazetteer, TriggerLexicon lexicon)
{
    private readonly GazetteerMatcher _matcher = new(gazetteer);
    private readonly MentionResolver _resolver = new(gazetteer);
    private readonly RelationReader _relations = new(lexicon);
    private readonly DateReader _dates = new();
    private readonly RelationType _affiliation = lexicon.Types["affiliation"];

    public static ArticleExtractor Default { get; } = new(Gazetteer.Default, TriggerLexicon.Default);

    public ArticleExtraction Extract(string text, DateOnly? published = null)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        var words = new WordPool();
        // Two passes over the sentences, so that no sentence's words outlive its reading: the first finds
        // the mentions (the document's main country needs them all), the second reads dates and relations.
        var matches = new List<IReadOnlyList<GazetteerMatcher.Match>>();
        foreach (var sentence in SentenceSplitter.Enumerate(normalized.Text, words))
            matches.Add(MentionResolver.InContext(sentence, _matcher.MatchSentence(sentence)));
        var resolved = _resolver.Resolve(matches);
        var reference = ReferenceDateResolver.Resolve(normalized.Text, published);
        var relations = new List<Relation>();
        var events = new List<DatedEvent>();
        PartialDate? previousDate = null; // for "a few months later" in the next sentence
        foreach (var sentence in SentenceSplitter.Enumerate(normalized.Text, words))
        {
            var inSentence = resolved.MentionsBySentence[sentence.Index];
            var sentenceDates = _dates.Read(normalized.Text, sentence.Tokens, reference, ref previousDate);
            var found = _relations.Read(normalized.Text, sentence, inSentence, resolved.FocusActorId);
            if (found.Count > 0) found.AddRange(AnalogyReader.Read(sentence, inSentence, found).ToList());
            found.AddRange(Affiliations(inSentence));
            if (found.Count == 0 && sentenceDates.Count == 0) continue;
            var evidence = EvidenceOf(normalized, sentence, inSentence);
            var relativeClauses = sentenceDates.Count > 0 ? RelativeClauses(normalized.Text, sentence) : [];
            var clauseStarts = sentenceDates.Count > 0 ? DateClauseStarts(sentence.Tokens) : [];
            foreach (var f in found)
            {
                var date = f.Historical ? null : Nearest(sentenceDates, relativeClauses, clauseStarts, sentence, f.Token);
                relations.Add(new Relation(f.Source, f.Target, f.Type, date?.Date ?? date?.From, date?.From, date?.To,
                    date?.Inferred ?? false, evidence, f.ReportedBy, f.Historical));
            }
            foreach (var d in sentenceDates)
            {
                if (d.Date is not { } when) continue; // an interval ("over the next four months") is not an event
                var nearest = found.MinBy(f => Math.Abs(sentence.Tokens[f.Token].Start - d.Start));
                events.Add(new DatedEvent(when, Label(nearest), evidence, d.Inferred));
            }
        }

        relations = IntervalCloser.Close(relations);

        var actors = resolved.Mentions
            .GroupBy(m => m.ActorId)
            .Select(g => new ExtractedActor(gazetteer.Actors[g.Key], g.Select(m => Span(normalized, m.Start, m.End)).ToList()))
            .ToList();
        var sources = resolved.NonActors.Where(n => n.IsSource)
            .GroupBy(n => n.Id)
            .Select(g => new ExtractedSource(g.Key, gazetteer.SourceNames[g.Key], g.Select(n => Span(normalized, n.Start, n.End)).ToList()))
            .ToList();
        return new ArticleExtraction(actors, relations, events, sources, reference);
    }

    private string Label(RelationReader.Found? f) =>
        f is null ? "Dated event" : $"{gazetteer.Actors[f.Source].Name} {f.Type.Label} {gazetteer.Actors[f.Target].Name}";

    /// <summary>
    /// A group tied to a state (Wagner → Russia) is affiliated with it where the text names the patron right
    /// beside the group: "مجموعة فاغنر المرتزقة الروسية".
    /// </summary>
    private IEnumerable<RelationReader.Found> Affiliations(IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            var patron = gazetteer.Actors[m.ActorId].AffiliatedWith;
            if (patron is null) continue;
            var beside = mentions.FirstOrDefault(p => p.ActorId == patron && p.FirstToken > m.LastToken && p.FirstToken - m.LastToken <= 3);
            if (beside is null) continue;
            yield return new RelationReader.Found(m.ActorId, patron, _affiliation, m.FirstToken);
        }
    }

    /// <summary>The clauses no date crosses: those set at another time, and contrasting ones (<see cref="ClauseBoundaries"/>).</summary>
    private static List<int> DateClauseStarts(IReadOnlyList<Token> tokens) =>
        ClauseBoundaries.OtherTimes(tokens).Concat(ClauseBoundaries.Contrasts(tokens)).Order().ToList();

    /// <summary>The date nearest a trigger in its clause: none crosses a clause boundary or a relative clause.</summary>
    private static DateMention? Nearest(List<DateMention> dates, List<(int From, int To)> relative, List<int> clauseStarts,
        Sentence sentence, int token)
    {
        if (dates.Count == 0) return null;
        var position = sentence.Tokens[token].Start;
        var (first, next) = ClauseBoundaries.Around(clauseStarts, token);
        var from = first is { } f ? sentence.Tokens[f].Start : sentence.Start;
        var to = next is { } n ? sentence.Tokens[n].Start : sentence.End;
        var home = relative.FirstOrDefault(c => c.From <= position && position < c.To);
        return dates.Where(d => d.Start >= from && d.End <= to)
                    .Where(d => relative.FirstOrDefault(c => c.From <= d.Start && d.Start < c.To) == home)
                    .MinBy(d => Math.Min(Math.Abs(d.Start - position), Math.Abs(d.End - position)));
    }

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي" };

    /// <summary>
    /// Relative clauses set off by commas ("الحكومة العسكرية، التي تولت السلطة العام الماضي، أشرفت ..."): a date
    /// inside one dates that clause, not the sentence around it.
    /// </summary>
    private static List<(int From, int To)> RelativeClauses(string text, Sentence sentence)
    {
        var clauses = new List<(int, int)>();
        foreach (var t in sentence.Tokens)
        {
            if (!Relatives.Contains(t.Text)) continue;
            var before = t.Start - 1;
            while (before > sentence.Start && text[before] == ' ') before--;
            if (text[before] is not ('،' or ',')) continue;
            var end = t.End;
            while (end < sentence.End && text[end] is not ('،' or ',' or '.')) end++;
            clauses.Add((t.Start, end));
        }
        return clauses;
    }

    private static TextSpan Span(NormalizedText normalized, int start, int end)
    {
        var (s, e) = normalized.ToOriginalSpan(start, end);
        return new TextSpan(normalized.Original[s..e], s, e);
    }

    private static Evidence EvidenceOf(NormalizedText normalized, Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var (start, end) = normalized.ToOriginalSpan(sentence.Start, sentence.End);
        var inner = mentions.Select(m =>
        {
            var (ms, me) = normalized.ToOriginalSpan(m.Start, m.End);
            return new EvidenceMention(m.ActorId, ms - start, me - start);
        }).ToList();
        return new Evidence(normalized.Original[start..end], start, end, inner);
    }
}
