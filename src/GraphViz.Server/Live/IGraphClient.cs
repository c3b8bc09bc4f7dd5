using GraphViz.Core.Graph;

namespace GraphViz.Server.Live;

/// <summary>What the server calls on browsers: checked by the compiler through Hub&lt;IGraphClient&gt;.</summary>
public interface IGraphClient
{
    Task Patch(GraphPatch patch);
}
