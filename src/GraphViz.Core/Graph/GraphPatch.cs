namespace GraphViz.Core.Graph;

/// <summary>
/// What changed between two versions of a graph. A client at <see cref="FromVersion"/> that applies it is
/// at <see cref="Version"/>; a client at any other version has missed something and re-reads the snapshot.
/// </summary>
public sealed record GraphPatch(
    string GraphId,
    long FromVersion,
    long Version,
    IReadOnlyList<NodeView> AddedNodes,
    IReadOnlyList<NodeView> ChangedNodes,
    IReadOnlyList<string> RemovedNodeIds,
    IReadOnlyList<EdgeView> AddedEdges,
    IReadOnlyList<EdgeView> ChangedEdges,
    IReadOnlyList<string> RemovedEdgeIds,
    IReadOnlyList<ArticleView> AddedArticles)
{
    public bool IsEmpty => AddedNodes.Count + ChangedNodes.Count + RemovedNodeIds.Count + AddedEdges.Count
                           + ChangedEdges.Count + RemovedEdgeIds.Count + AddedArticles.Count == 0;

    /// <summary>The patch that takes <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static GraphPatch Between(GraphSnapshot before, GraphSnapshot after)
    {
        var (addedNodes, changedNodes, removedNodes) = Diff(before.Nodes, after.Nodes, n => n.Id, (a, b) => a == b);
        var (addedEdges, changedEdges, removedEdges) = Diff(before.Edges, after.Edges, e => e.Id, SameEdge);
        var knownArticles = before.Articles.Select(a => a.Id).ToHashSet();
        return new GraphPatch(after.GraphId, before.Version, after.Version,
            addedNodes, changedNodes, removedNodes, addedEdges, changedEdges, removedEdges,
            after.Articles.Where(a => !knownArticles.Contains(a.Id)).ToList());
    }

    private static bool SameEdge(EdgeView a, EdgeView b) =>
        a.Polarity == b.Polarity && a.Count == b.Count && a.Relations.Select(r => r.Id).SequenceEqual(b.Relations.Select(r => r.Id));

    private static (List<T> Added, List<T> Changed, List<string> Removed) Diff<T>(
        IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> id, Func<T, T, bool> same)
    {
        var old = before.ToDictionary(id);
        var added = new List<T>();
        var changed = new List<T>();
        foreach (var item in after)
        {
            if (!old.Remove(id(item), out var previous)) added.Add(item);
            else if (!same(previous, item)) changed.Add(item);
        }
        return (added, changed, old.Keys.ToList());
    }
}
