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
    private readonly RelationReader _relations = RelationReader.For(gazetteer, lexicon);
    private readonly DateReader _dates = new();

    public static ArticleExtractor Default { get; } = new(Gazetteer.Default, TriggerLexicon.Default);

    /// <summary>Texts up to this many characters (far more than any article) keep their sentences between the two passes.</summary>
    public const int KeepSentencesUpTo = 200_000;

    public ArticleExtraction Extract(string text, DateOnly? published = null)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        var words = new WordPool(normalized.Text.Length / 16); // about one distinct word in three, six letters each
        // Two passes over the sentences: the first finds the mentions (the document's main country needs them
        // all), the second reads dates and relations. An article's sentences are kept between the passes; a text
        // longer than any article is split again instead, so that its words need not all be held at once.
        var kept = normalized.Text.Length <= KeepSentencesUpTo ? new List<Sentence>() : null;
        var matches = new List<IReadOnlyList<GazetteerMatcher.Match>>();
        foreach (var sentence in SentenceSplitter.Enumerate(normalized.Text, words))
        {
            kept?.Add(sentence);
            matches.Add(MentionResolver.InContext(sentence, _matcher.MatchSentence(sentence)));
        }
        var reference = ReferenceDateResolver.Resolve(normalized.Text, published);
        var resolved = _resolver.Resolve(matches, reference.Day);
        var relations = new List<Relation>();
        var events = new List<DatedEvent>();
        PartialDate? previousDate = null; // for "a few months later" in the next sentence
        var namedAsParty = new HashSet<string>(StringComparer.Ordinal); // named somewhere as more than a place
        var discourse = new Discourse();
        foreach (var sentence in kept ?? SentenceSplitter.Enumerate(normalized.Text, words))
        {
            var mentions = Places.Mark(resolved.MentionsBySentence[sentence.Index], sentence.Tokens);
            foreach (var m in mentions)
                if (!m.OnlyPlace) namedAsParty.Add(m.ActorId);
            var dates = _dates.Read(normalized.Text, sentence.Tokens, reference, ref previousDate);
            var found = _relations.Read(new SentenceContext(normalized.Text, sentence, mentions, resolved.FocusActorId, discourse));
            if (found.Count == 0 && dates.Count == 0) continue;
            var evidence = OriginalSpans.Evidence(normalized, sentence, mentions);
            var attachment = new DateAttachment(normalized.Text, sentence, dates);
            foreach (var f in found)
            {
                var date = f.Historical ? null : attachment.For(f.Token);
                relations.Add(new Relation(f.Source, f.Target, f.Type, date?.Date ?? date?.From, date?.From, date?.To,
                    date?.Inferred ?? false, evidence, f.ReportedBy, f.Historical));
            }
            foreach (var d in dates)
            {
                if (d.Date is not { } when) continue; // an interval ("over the next four months") is not an event
                var nearest = found.MinBy(f => Math.Abs(sentence.Tokens[f.Token].Start - d.Start));
                events.Add(new DatedEvent(when, Label(nearest), evidence, d.Inferred));
            }
        }

        relations = IntervalCloser.Close(relations);

        // An actor takes part in something: a relation, or at least a mention that is not only a place ("في الدوحة").
        var parties = relations.SelectMany(r => new[] { r.Source, r.Target }).Concat(namedAsParty).ToHashSet(StringComparer.Ordinal);
        var actors = resolved.Mentions
            .Where(m => parties.Contains(m.ActorId))
            .GroupBy(m => m.ActorId)
            .Select(g => new ExtractedActor(gazetteer.Actors[g.Key], g.Select(m => OriginalSpans.Span(normalized, m.Start, m.End)).ToList()))
            .ToList();
        var sources = resolved.NonActors.Where(n => n.IsSource)
            .GroupBy(n => n.Id)
            .Select(g => new ExtractedSource(g.Key, gazetteer.SourceNames[g.Key], g.Select(n => OriginalSpans.Span(normalized, n.Start, n.End)).ToList()))
            .ToList();
        return new ArticleExtraction(actors, relations, events, sources, reference);
    }

    private string Label(FoundRelation? f) =>
        f is null ? "Dated event" : $"{gazetteer.Actors[f.Source].Name} {f.Type.Label} {gazetteer.Actors[f.Target].Name}";
}
