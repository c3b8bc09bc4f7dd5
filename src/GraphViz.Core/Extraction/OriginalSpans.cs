using GraphViz.Core.Actors;
using GraphViz.Core.Relations;
using GraphViz.Core.Text;

namespace GraphViz.Core.Extraction;

/// <summary>What the extraction reports is in the original text's offsets: spans and evidence mapped back from the normalised text.</summary>
internal static class OriginalSpans
{
    public static TextSpan Span(NormalizedText normalized, int start, int end)
    {
        var (s, e) = normalized.ToOriginalSpan(start, end);
        return new TextSpan(normalized.Original[s..e], s, e);
    }

    /// <summary>A sentence as evidence, with its actor mentions at offsets relative to the evidence text.</summary>
    public static Evidence Evidence(NormalizedText normalized, Sentence sentence, IReadOnlyList<Mention> mentions)
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
