using GraphViz.Core.Actors;

namespace GraphViz.Core.Relations;

/// <summary>
/// A group tied to a state in the gazetteer (Wagner → Russia) is affiliated with it where the text names the
/// patron right beside the group: "مجموعة فاغنر المرتزقة الروسية". The tie is known; the text must still say it.
/// </summary>
public sealed class AffiliationReader(Gazetteer gazetteer, RelationType affiliation) : ISentenceReader
{
    /// <summary>How many words may stand between the group and its patron ("المرتزقة" in the example).</summary>
    private const int MaxDistance = 3;

    public void Read(SentenceContext sentence, List<FoundRelation> found)
    {
        var mentions = sentence.Mentions;
        foreach (var m in mentions)
        {
            var patron = gazetteer.Actors[m.ActorId].AffiliatedWith;
            if (patron is null) continue;
            var beside = mentions.FirstOrDefault(p => p.ActorId == patron && p.FirstToken > m.LastToken && p.FirstToken - m.LastToken <= MaxDistance);
            if (beside is not null) found.Add(new FoundRelation(m.ActorId, patron, affiliation, m.FirstToken));
        }
    }
}
