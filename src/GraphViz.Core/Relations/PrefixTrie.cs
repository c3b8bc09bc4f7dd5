namespace GraphViz.Core.Relations;

/// <summary>
/// Trigger patterns whose first word is a prefix (سحب*، اعرب*), by letter: walking a word's letters
/// collects the patterns of every prefix it starts with, and most words leave the trie after a letter or two.
/// </summary>
internal sealed class PrefixTrie
{
    private readonly Node _root = new();

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public List<TriggerPattern>? Patterns;
    }

    public void Add(string prefix, TriggerPattern pattern)
    {
        var node = _root;
        foreach (var c in prefix)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var next)) node.Children[c] = next = new Node();
            node = next;
        }
        node.Patterns ??= [];
        if (!node.Patterns.Contains(pattern)) node.Patterns.Add(pattern);
    }

    /// <summary>Adds the patterns of every prefix of <paramref name="word"/> not already in <paramref name="into"/>.</summary>
    public void Collect(ReadOnlySpan<char> word, List<TriggerPattern> into)
    {
        var node = _root;
        foreach (var c in word)
        {
            if (node.Children is null || !node.Children.TryGetValue(c, out node)) return;
            if (node.Patterns is null) continue;
            foreach (var p in node.Patterns)
                if (!into.Contains(p)) into.Add(p);
        }
    }
}
