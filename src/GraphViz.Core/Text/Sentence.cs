namespace GraphViz.Core.Text;

/// <summary>A sentence of normalised text, [Start, End), with its words.</summary>
public sealed record Sentence(int Index, int Start, int End, IReadOnlyList<Token> Tokens);
