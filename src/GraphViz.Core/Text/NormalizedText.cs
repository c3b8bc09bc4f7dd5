namespace GraphViz.Core.Text;

/// <summary>
/// Text after Arabic normalisation, with a map from every normalised character back to the
/// original text, so that mentions and evidence found in the normalised form keep original offsets.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _toOriginal; // may be longer than Text: only the first Text.Length entries count

    internal NormalizedText(string original, string text, int[] toOriginal)
    {
        Original = original;
        Text = text;
        _toOriginal = toOriginal;
    }

    public string Original { get; }
    public string Text { get; }

    /// <summary>Original offset of the normalised character at <paramref name="index"/>; the end of the original for the end of the text.</summary>
    public int ToOriginal(int index) =>
        index >= Text.Length ? Original.Length : _toOriginal[index];

    /// <summary>Original [start, end) of the normalised span [start, end); an end maps past the last original character it covers.</summary>
    public (int Start, int End) ToOriginalSpan(int start, int end)
    {
        if (end <= start) return (ToOriginal(start), ToOriginal(start));
        return (ToOriginal(start), ToOriginal(end - 1) + 1);
    }
}
