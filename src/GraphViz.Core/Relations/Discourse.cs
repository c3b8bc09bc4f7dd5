namespace GraphViz.Core.Relations;

/// <summary>
/// The acts an article has reported so far, which a later sentence may refer back to by a noun: "ودانت إيران
/// الضربات" condemns whoever struck last. One per article, updated in text order.
/// </summary>
public sealed class Discourse
{
    private readonly Dictionary<string, List<string>> _latestAgentsByType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _latestAgentsByWord = new(StringComparer.Ordinal); // "attack|ضربات"

    /// <summary>The agents of the latest relation of <paramref name="typeId"/>, in this sentence or before; none if there was none.</summary>
    public IReadOnlyList<string> AgentsOfLatest(string typeId) =>
        _latestAgentsByType.TryGetValue(typeId, out var agents) ? agents : [];

    /// <summary>
    /// The agents of the latest act of <paramref name="typeId"/> named with <paramref name="noun"/>'s own word, else of
    /// the latest of that type: «ودانت إيران الضربات» are the strikes reported as ضربات, not the later threat to target ships.
    /// </summary>
    public IReadOnlyList<string> AgentsOfLatest(string typeId, string noun) =>
        _latestAgentsByWord.TryGetValue(typeId + "|" + Bare(noun), out var agents) ? agents : AgentsOfLatest(typeId);

    /// <summary>
    /// Records what one trigger of <paramref name="type"/> gave (found[from..]): its agents become the latest of that
    /// type, when the sentence names them (<paramref name="named"/>, its mentions); an act whose agent was only guessed is not one to refer back to.
    /// </summary>
    /// <param name="words">The trigger's words (indices into <paramref name="tokens"/>), which a later act noun may repeat.</param>
    public void Record(RelationType type, IReadOnlyList<FoundRelation> found, int from, IReadOnlyList<Actors.Mention> named,
        IReadOnlyList<int> words, IReadOnlyList<Text.Token> tokens)
    {
        if (type.Symmetric) return;
        List<string>? agents = null;
        for (var i = from; i < found.Count; i++)
        {
            var agent = found[i].Source;
            if (found[i].Type != type || agents?.Contains(agent) == true || !Named(named, agent)) continue;
            (agents ??= []).Add(agent);
        }
        if (agents is null) return;
        _latestAgentsByType[type.Id] = agents;
        foreach (var w in words) _latestAgentsByWord[type.Id + "|" + Bare(tokens[w].Text)] = agents;
    }

    /// <summary>A word without its conjunction and article: وضربات، الضربات → ضربات.</summary>
    private static string Bare(string word)
    {
        word = Text.ArabicClitics.WithoutConjunction(word);
        return Text.ArabicClitics.HasArticle(word) ? word[2..] : word;
    }

    private static bool Named(IReadOnlyList<Actors.Mention> mentions, string id)
    {
        foreach (var m in mentions) if (m.ActorId == id) return true;
        return false;
    }
}
