using System.Collections.Concurrent;

namespace GraphViz.Server.Live;

/// <summary>The step each graph's room is led to, so that a browser joining late lands on it.</summary>
public sealed class LeadSteps
{
    private readonly ConcurrentDictionary<string, int> _steps = new(StringComparer.Ordinal);

    public int? Current(string graphId) => _steps.TryGetValue(graphId, out var step) ? step : null;

    public void Set(string graphId, int step) => _steps[graphId] = step;

    public void Forget(string graphId) => _steps.TryRemove(graphId, out _);
}
