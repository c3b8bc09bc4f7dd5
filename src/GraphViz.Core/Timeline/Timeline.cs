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
    private readonly Stance[] _stance;     // flat copies of what the state loop reads, for locality
    private readonly bool[] _undated;
    private readonly int[] _sources;       // how many articles report each relation
    private readonly string[] _ids;
    private readonly int[] _pair;          // index into the pair arrays, which are in key order
    private readonly string[] _pairKeys;
    private readonly string[] _pairSource;
    private readonly string[] _pairTarget;
    private readonly Dictionary<string, TimelineRelation> _byId;

    private static readonly string[] StanceNames = Enum.GetNames<Stance>().Select(n => n.ToLowerInvariant()).ToArray();

    private Timeline(IReadOnlyList<TimelineRelation> relations, IReadOnlyList<TimelineStep> steps)
    {
        _relations = relations.ToArray();
        Steps = steps;
        _begin = _relations.Select(r => r.Begins?.LastDay.DayNumber ?? int.MinValue).ToArray();
        _end = _relations.Select(r => r.End?.LastDay.DayNumber ?? int.MaxValue).ToArray();
        _when = _relations.Select(r => (r.Begins ?? r.Date)?.FirstDay.DayNumber ?? (r.Undated ? int.MinValue : int.MinValue + 1)).ToArray();
        _stance = _relations.Select(r => r.Type.Stance).ToArray();
        _undated = _relations.Select(r => r.Undated).ToArray();
        _sources = _relations.Select(r => r.ArticleIds.Count).ToArray();
        _ids = _relations.Select(r => r.Id).ToArray();
        var keys = _relations.Select(r => AlignmentGraph.PairKey(r.Source, r.Target)).ToArray();
        _pairKeys = keys.Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = _pairKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        _pair = keys.Select(k => index[k]).ToArray();
        _pairSource = _pairKeys.Select(k => k[..k.IndexOf('~')]).ToArray();
        _pairTarget = _pairKeys.Select(k => k[(k.IndexOf('~') + 1)..]).ToArray();
        _byId = _relations.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>A timeline relation by its id (as in <see cref="TimelineState.RelationIds"/>).</summary>
    public TimelineRelation? Relation(string id) => _byId.GetValueOrDefault(id);

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

        var opening = merged.Where(r => r.Begins is not null).ToLookup(r => r.Begins!.Value);
        var closes = merged.Where(r => r.End is not null).ToLookup(r => r.End!.Value, r => r.Id);
        var steps = events
            .GroupBy(e => e.Event.Date)
            .OrderBy(g => g.Key)
            .Select((g, i) =>
            {
                var e = g.First().Event;
                var opens = opening[g.Key].ToList();
                return new TimelineStep(i, g.Key.ToString(), e.Label, e.Evidence.Text, opens.Select(r => r.Id).ToList(), closes[g.Key].ToList(),
                    opens.Select(r => AlignmentGraph.PairKey(r.Source, r.Target)).Distinct().ToList());
            })
            .ToList();
        return new Timeline(merged, steps);
    }

    /// <summary>The relations in force during <paramref name="at"/> and each pair's stance then: two passes over arrays.</summary>
    public TimelineState StateAt(PartialDate at, bool includeUndated = false)
    {
        var from = at.FirstDay.DayNumber;
        var to = at.LastDay.DayNumber;
        var pairs = _pairKeys.Length;
        // Scratch arrays come from the pool: on a large graph they are large, and would cost a full collection each.
        var ints = System.Buffers.ArrayPool<int>.Shared;
        var count = ints.Rent(pairs);
        var latest = ints.Rent(pairs);           // when the pair's deciding relations date from
        var stance = ints.Rent(pairs);           // the gravest stance among them
        var strength = ints.Rent(pairs);
        var firstDeciding = ints.Rent(pairs);
        var inForce = ints.Rent(Math.Max(1, _relations.Length));
        try
        {
            Array.Clear(count, 0, pairs);
            Array.Clear(strength, 0, pairs);
            var n = 0;
            for (var i = 0; i < _relations.Length; i++)
            {
                if (_begin[i] > to || _end[i] < from || (!includeUndated && _undated[i])) continue;
                inForce[n++] = i;
                var p = _pair[i];
                var s = (int)_stance[i];
                if (count[p]++ == 0 || _when[i] > latest[p]) (latest[p], stance[p]) = (_when[i], s);
                else if (_when[i] == latest[p] && s > stance[p]) stance[p] = s;
            }

            // Strength: distinct sources among the relations that decide each pair's stance.
            Dictionary<int, HashSet<string>>? several = null;
            for (var k = 0; k < n; k++)
            {
                var i = inForce[k];
                var p = _pair[i];
                if (_when[i] != latest[p] || (int)_stance[i] != stance[p]) continue;
                if (strength[p] == 0)
                {
                    strength[p] = _sources[i];
                    firstDeciding[p] = i;
                    continue;
                }
                several ??= [];
                if (!several.TryGetValue(p, out var set)) several[p] = set = [.. _relations[firstDeciding[p]].ArticleIds];
                set.UnionWith(_relations[i].ArticleIds);
                strength[p] = set.Count;
            }

            var states = new List<PairState>(Math.Min(pairs, n));
            for (var p = 0; p < pairs; p++)
            {
                if (count[p] == 0) continue;
                var st = (Stance)stance[p];
                states.Add(new PairState(_pairKeys[p], _pairSource[p], _pairTarget[p], StanceNames[(int)st], PolarityOf(st), strength[p], count[p]));
            }
            var ids = new string[n];
            for (var k = 0; k < n; k++) ids[k] = _ids[inForce[k]];
            return new TimelineState(at.ToString(), ids, states);
        }
        finally
        {
            foreach (var a in new[] { count, latest, stance, strength, firstDeciding, inForce }) ints.Return(a);
        }
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
