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

    /// <summary>
    /// A letter of the trie. Children are two small parallel arrays searched in order: most nodes have one to three,
    /// and a scan of a few chars beats a hash lookup per letter on this, the hottest loop of reading.
    /// </summary>
    private sealed class Node
    {
        public char[] Keys = [];
        public Node[] Children = [];
        public List<int>? Prefixes; // slots whose prefix alternative ends here
        public List<int>? Exact;    // slots whose exact alternative ends here

        public Node? Child(char c)
        {
            var keys = Keys;
            for (var i = 0; i < keys.Length; i++) if (keys[i] == c) return Children[i];
            return null;
        }

        public Node AddChild(char c)
        {
            if (Child(c) is { } existing) return existing;
            var node = new Node();
            Keys = [.. Keys, c];
            Children = [.. Children, node];
            return node;
        }
    }

    public static int Slot(int pattern, int word) => pattern * MaxWords + word;

    public static (int Pattern, int Word) Parts(int slot) => (slot / MaxWords, slot % MaxWords);

    public void Add(string alternative, bool isPrefix, int slot)
    {
        var node = _root;
        foreach (var c in alternative) node = node.AddChild(c);
        var list = isPrefix ? node.Prefixes ??= [] : node.Exact ??= [];
        if (!list.Contains(slot)) list.Add(slot);
    }

    /// <summary>Adds to <paramref name="into"/> every slot <paramref name="stem"/> fills; a slot may come twice (see <see cref="Distinct"/>).</summary>
    public void Collect(ReadOnlySpan<char> stem, List<int> into)
    {
        var node = _root;
        foreach (var c in stem)
        {
            node = node.Child(c);
            if (node is null) return;
            if (node.Prefixes is not null) into.AddRange(node.Prefixes);
        }
        if (node.Exact is not null) into.AddRange(node.Exact);
    }

    /// <summary>Sorts the slots one token added from <paramref name="start"/> on and drops repeats (two readings of a word may fill one slot).</summary>
    public static void Distinct(List<int> slots, int start)
    {
        var run = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slots)[start..];
        if (run.Length < 2) return;
        run.Sort();
        var kept = 1;
        for (var i = 1; i < run.Length; i++)
            if (run[i] != run[kept - 1]) run[kept++] = run[i];
        slots.RemoveRange(start + kept, run.Length - kept);
    }
}
