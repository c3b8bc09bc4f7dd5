namespace GraphViz.Core.Relations;

/// <summary>
/// The acts an article has reported so far, which a later sentence may refer back to by a noun: "ودانت إيران
/// الضربات" condemns whoever struck last. One per article, updated in text order.
/// </summary>
public sealed class Discourse
{
    private readonly Dictionary<string, List<string>> _latestAgentsByType = new(StringComparer.Ordinal);

    /// <summary>The agents of the latest relation of <paramref name="typeId"/>, in this sentence or before; none if there was none.</summary>
    public IReadOnlyList<string> AgentsOfLatest(string typeId) =>
        _latestAgentsByType.TryGetValue(typeId, out var agents) ? agents : [];

    /// <summary>
    /// Records what one trigger of <paramref name="type"/> gave (found[from..]): its agents become the latest of that
    /// type, when the sentence names them (<paramref name="named"/>, its mentions); an act whose agent was only guessed is not one to refer back to.
    /// </summary>
    public void Record(RelationType type, IReadOnlyList<FoundRelation> found, int from, IReadOnlyList<Actors.Mention> named)
    {
        if (type.Symmetric) return;
        List<string>? agents = null;
        for (var i = from; i < found.Count; i++)
        {
            var agent = found[i].Source;
            if (found[i].Type != type || agents?.Contains(agent) == true || !Named(named, agent)) continue;
            (agents ??= []).Add(agent);
        }
        if (agents is not null) _latestAgentsByType[type.Id] = agents;
    }

    private static bool Named(IReadOnlyList<Actors.Mention> mentions, string id)
    {
        foreach (var m in mentions) if (m.ActorId == id) return true;
        return false;
    }
}
