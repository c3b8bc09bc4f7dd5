using GraphViz.Core.Actors;
using GraphViz.Core.Text;

namespace GraphViz.Core.Relations;

/// <summary>
/// What a relation reader is given of one sentence: the normalised text it indexes, its actor mentions, the text's
/// main country, and the acts read before it (<see cref="Relations.Discourse"/>).
/// </summary>
public sealed record SentenceContext(string Text, Sentence Sentence, IReadOnlyList<Mention> Mentions, string? Focus, Discourse Discourse);

/// <summary>
/// A relation found in a sentence, before dates and evidence: <see cref="Source"/> acts on <see cref="Target"/>;
/// <see cref="Token"/> is where what signals it starts (a trigger, a mention), for dating it.
/// </summary>
public sealed record FoundRelation(string Source, string Target, RelationType Type, int Token, string? ReportedBy = null, bool Historical = false);

/// <summary>
/// One way of reading relations in a sentence. Readers run in a fixed order on each sentence; each adds what it
/// finds to the list and sees what the readers before it found (an analogy repeats relations already read).
/// </summary>
public interface ISentenceReader
{
    void Read(SentenceContext sentence, List<FoundRelation> found);
}

/// <summary>The relation readers in their order: triggers with their roles, then analogies, then affiliations.</summary>
public sealed class RelationReader(IReadOnlyList<ISentenceReader> readers)
{
    public static RelationReader For(Gazetteer gazetteer, TriggerLexicon lexicon) =>
        new([new TriggerReader(lexicon, gazetteer), new AnalogyReader(), new AffiliationReader(gazetteer, lexicon.Types["affiliation"])]);

    public List<FoundRelation> Read(SentenceContext sentence)
    {
        var found = new List<FoundRelation>();
        foreach (var reader in readers) reader.Read(sentence, found);
        return found;
    }
}
