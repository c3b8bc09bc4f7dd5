namespace GraphViz.Core.Text;

/// <summary>A word of normalised text: [Start, End) in the normalised string.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public int Length => End - Start;
}
