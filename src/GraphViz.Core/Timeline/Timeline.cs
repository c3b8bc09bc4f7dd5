using GraphViz.Core.Graph;
using GraphViz.Core.Relations;
using GraphViz.Core.Time;

namespace GraphViz.Core.Timeline;

/// <summary>
/// A graph's history: ordered steps, one per dated event, and the state of every relationship at any
/// moment. A relationship's state is not a sum of event scores but what its latest relations say, the
/// gravest of them winning (partner &lt; strained &lt; broken &lt; hostile).
/// </summary>
public sealed class Timeline
{
    private readonly TimelineRelation[] _relations;
    private readonly int[] _begin;  // the last day of its start: "2023" has surely begun only at the end of 2023; int.MinValue: before anything dated
    private readonly int[] _end;    // last day it holds; int.MaxValue: still holds
    private readonly int[] _when;   // the day its state dates from, for "latest" (undated: lowest)
    private readonly string[] _pair;

    private Timeline(IReadOnlyList<TimelineRelation> relations, IReadOnlyList<TimelineStep> steps)
    {
        _relations = relations.ToArray();
        Steps = steps;
        _begin = _relations.Select(r => r.Begins?.LastDay.DayNumber ?? int.MinValue).ToArray();
        _end = _relations.Select(r => r.End?.LastDay.DayNumber ?? int.MaxValue).ToArray();
        _when = _relations.Select(r => (r.Begins ?? r.Date)?.FirstDay.DayNumber ?? (r.Undated ? int.MinValue : int.MinValue + 1)).ToArray();
        _pair = _relations.Select(r => AlignmentGraph.PairKey(r.Source, r.Target)).ToArray();
    }

    public IReadOnlyList<TimelineStep> Steps { get; }
    public IReadOnlyList<TimelineRelation> Relations => _relations;

    public static Timeline Build(AlignmentGraph graph) =>
        Build(graph.Graph.Edges.Select(e => (e.Id, e.ArticleId, e.Relation)), graph.Events);

    public static Timeline Build(IEnumerable<(string Id, string ArticleId, Relation Relation)> edges,
        IReadOnlyList<(string ArticleId, Extraction.DatedEvent Event)> events)
    {
        var merged = edges
            .GroupBy(e => Key(e.Relation))
            .Select((g, i) =>
            {
                var first = g.First().Relation;
                var ended = g.Select(e => e.Relation.End).Where(d => d is not null).Min();
                var begins = first.Start ?? (first.End is null ? first.Date : null); // "until X" says when it ended, not when it began
                return new TimelineRelation($"t{i + 1}", first.Source, first.Target, first.Type, first.Date, begins, ended,
                    g.Select(e => e.Id).ToList(), g.Select(e => e.ArticleId).Distinct().ToList());
            })
            .ToList();

        var opens = merged.Where(r => r.Begins is not null).ToLookup(r => r.Begins!.Value, r => r.Id);
        var closes = merged.Where(r => r.End is not null).ToLookup(r => r.End!.Value, r => r.Id);
        var steps = events
            .GroupBy(e => e.Event.Date)
            .OrderBy(g => g.Key)
            .Select((g, i) =>
            {
                var e = g.First().Event;
                return new TimelineStep(i, g.Key.ToString(), e.Label, e.Evidence.Text, opens[g.Key].ToList(), closes[g.Key].ToList());
            })
            .ToList();
        return new Timeline(merged, steps);
    }

    /// <summary>The relations in force during <paramref name="at"/> and each pair's stance then.</summary>
    public TimelineState StateAt(PartialDate at, bool includeUndated = false)
    {
        var from = at.FirstDay.DayNumber;
        var to = at.LastDay.DayNumber;
        var inForce = new List<int>();
        var byPair = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var latest = new Dictionary<string, (int When, Stance Stance, List<int> Members)>(StringComparer.Ordinal);
        for (var i = 0; i < _relations.Length; i++)
        {
            var r = _relations[i];
            if (r.Undated && !includeUndated) continue;
            if (_begin[i] > to || _end[i] < from) continue;
            inForce.Add(i);
            var pair = _pair[i];
            if (!byPair.TryGetValue(pair, out var all)) byPair[pair] = all = [];
            all.Add(i);
            if (!latest.TryGetValue(pair, out var current) || _when[i] > current.When)
                latest[pair] = (_when[i], r.Type.Stance, [i]);
            else if (_when[i] == current.When)
            {
                current.Members.Add(i);
                if (r.Type.Stance > current.Stance) latest[pair] = (current.When, r.Type.Stance, current.Members);
            }
        }
        var pairs = latest.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var (a, b) = (p.Key[..p.Key.IndexOf('~')], p.Key[(p.Key.IndexOf('~') + 1)..]);
            var deciding = p.Value.Members.Where(m => _relations[m].Type.Stance == p.Value.Stance).ToList();
            var strength = deciding.SelectMany(m => _relations[m].ArticleIds).Distinct().Count();
            return new PairState(p.Key, a, b, p.Value.Stance.ToString().ToLowerInvariant(), PolarityOf(p.Value.Stance), strength,
                byPair[p.Key].Select(i => _relations[i].Id).ToList());
        }).ToList();
        return new TimelineState(at.ToString(), inForce.Select(i => _relations[i].Id).ToList(), pairs);
    }

    private static string PolarityOf(Stance s) => s switch
    {
        Stance.Partner => "positive",
        Stance.Neutral => "neutral",
        _ => "negative",
    };

    /// <summary>Reports of one relation: the same actors (either order for symmetric types), type and date.</summary>
    private static string Key(Relation r)
    {
        var (a, b) = r.Type.Symmetric && string.CompareOrdinal(r.Source, r.Target) > 0 ? (r.Target, r.Source) : (r.Source, r.Target);
        return $"{a}>{b}|{r.Type.Id}|{r.Date}|{r.Start}"; // the end is derived (what later reports close), not part of identity
    }
}
