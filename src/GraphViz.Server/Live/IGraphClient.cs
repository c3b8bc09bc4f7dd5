using GraphViz.Core.Graph;

namespace GraphViz.Server.Live;

/// <summary>What the server calls on browsers: checked by the compiler through Hub&lt;IGraphClient&gt;.</summary>
public interface IGraphClient
{
    /// <summary>The graph changed from <see cref="GraphPatch.FromVersion"/> to <see cref="GraphPatch.Version"/>.</summary>
    Task Patch(GraphPatch patch);

    /// <summary>The room's leader moved the timeline to <paramref name="step"/> (−1: the whole graph).</summary>
    Task Step(string graphId, int step);

    /// <summary>An editor deleted the graph being watched.</summary>
    Task GraphDeleted(string graphId);
}
