namespace GraphViz.Core.Text;

/// <summary>
/// Text after Arabic normalisation, with a map from every normalised character back to the
/// original text, so that mentions and evidence found in the normalised form keep original offsets.
/// The map is sparse: offsets shift only where a character was dropped (a diacritic, a tatweel), so it
/// keeps one entry per such place, not one per character.
/// </summary>
public sealed class NormalizedText
{
    // At normalised index Shifts[k].At and after it, the original offset is the index plus Shifts[k].Dropped.
    private readonly List<(int At, int Dropped)> _shifts;

    internal NormalizedText(string original, string text, List<(int At, int Dropped)> shifts)
    {
        Original = original;
        Text = text;
        _shifts = shifts;
    }

    public string Original { get; }
    public string Text { get; }

    /// <summary>Original offset of the normalised character at <paramref name="index"/>; the end of the original for the end of the text.</summary>
    public int ToOriginal(int index)
    {
        if (index >= Text.Length) return Original.Length;
        int lo = 0, hi = _shifts.Count; // the last shift at or before index
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_shifts[mid].At <= index) lo = mid + 1; else hi = mid;
        }
        return index + (lo == 0 ? 0 : _shifts[lo - 1].Dropped);
    }

    /// <summary>Original [start, end) of the normalised span [start, end); an end maps past the last original character it covers.</summary>
    public (int Start, int End) ToOriginalSpan(int start, int end)
    {
        if (end <= start) return (ToOriginal(start), ToOriginal(start));
        return (ToOriginal(start), ToOriginal(end - 1) + 1);
    }
}
