namespace GraphViz.Core.Relations;

/// <summary>
/// Every word of every trigger pattern in one letter trie, so that a token's letters are walked once to learn every
/// place in every pattern it can fill. A place is a slot: (pattern number, word number) packed in an int. An exact
/// alternative fills its slot where the walk ends on it; a prefix alternative (سحب*) wherever the walk passes it.
/// Matching a sentence is then a walk per token reading and set lookups, however large the lexicon grows.
/// </summary>
internal sealed class PatternWordIndex
{
    /// <summary>Words a pattern may have; a slot is pattern × MaxWords + word.</summary>
    public const int MaxWords = 8;

    private readonly Node _root = new();

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public List<int>? Prefixes; // slots whose prefix alternative ends here
        public List<int>? Exact;    // slots whose exact alternative ends here
    }

    public static int Slot(int pattern, int word) => pattern * MaxWords + word;

    public static (int Pattern, int Word) Parts(int slot) => (slot / MaxWords, slot % MaxWords);

    public void Add(string alternative, bool isPrefix, int slot)
    {
        var node = _root;
        foreach (var c in alternative)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var next)) node.Children[c] = next = new Node();
            node = next;
        }
        var list = isPrefix ? node.Prefixes ??= [] : node.Exact ??= [];
        if (!list.Contains(slot)) list.Add(slot);
    }

    /// <summary>Adds to <paramref name="into"/> every slot <paramref name="stem"/> fills; a slot may come twice (see <see cref="Distinct"/>).</summary>
    public void Collect(ReadOnlySpan<char> stem, List<int> into)
    {
        var node = _root;
        foreach (var c in stem)
        {
            if (node.Children is null || !node.Children.TryGetValue(c, out node)) return;
            if (node.Prefixes is not null) into.AddRange(node.Prefixes);
        }
        if (node.Exact is not null) into.AddRange(node.Exact);
    }

    /// <summary>Sorts a token's collected slots and drops repeats (two readings of one word may fill the same slot).</summary>
    public static void Distinct(List<int> slots)
    {
        slots.Sort();
        var kept = 0;
        for (var i = 0; i < slots.Count; i++)
            if (i == 0 || slots[i] != slots[i - 1]) slots[kept++] = slots[i];
        slots.RemoveRange(kept, slots.Count - kept);
    }
}
