using BenchmarkDotNet.Attributes;
using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;
using GraphViz.Core.Time;
using GraphViz.Core.Timeline;

namespace GraphViz.Benchmarks;

/// <summary>
/// The state of a timeline step on a synthetic graph of 250 actors and 100,000 relations (random pairs,
/// types and dates over 2000–2024, seeded): the work behind every step of the timeline bar. Target ≤ 5 ms.
/// </summary>
[MemoryDiagnoser]
public class TimelineState
{
    private Timeline _timeline = null!;
    private readonly PartialDate[] _moments = [new(2005), new(2012, 6), new(2019, 3, 15), new(2024, 5)];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2024);
        var types = RelationTypeTable.Default.All.ToArray();
        var evidence = new Evidence("جملة.", 0, 5, []);
        var edges = new List<(string, string, Relation)>(100_000);
        for (var i = 0; i < 100_000; i++)
        {
            var a = random.Next(250);
            var b = (a + 1 + random.Next(249)) % 250;
            var date = new PartialDate(2000 + random.Next(25), 1 + random.Next(12));
            PartialDate? end = random.Next(4) == 0 ? date.AddMonths(1 + random.Next(36)) : null;
            var relation = new Relation($"A{a}", $"A{b}", types[random.Next(types.Length)], date, null, end, false, evidence);
            edges.Add(($"r{i}", $"a{random.Next(5_000)}", relation));
        }
        _timeline = Timeline.Build(edges, Array.Empty<(string, DatedEvent)>());
    }

    [Benchmark]
    public int StateOfAStep() => _timeline.StateAt(_moments[_next++ % _moments.Length]).Pairs.Count;
}
