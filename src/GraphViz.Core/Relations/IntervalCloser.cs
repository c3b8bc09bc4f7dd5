using GraphViz.Core.Time;

namespace GraphViz.Core.Relations;

/// <summary>
/// Ends what a later relation ends: "إنهاء اتفاق التعاون العسكري" in March closes the military and
/// counter-terrorism cooperation the text gave for the same two actors, so that it holds until then.
/// Which types a type closes is data (the closes column of relation-types.tsv). A relation ends at the
/// first ending on or after its start; one with no known start is left open (it may be the new one).
/// </summary>
public static class IntervalCloser
{
    public static List<Relation> Close(IReadOnlyList<Relation> relations)
    {
        // For each pair and closed type, the dates it is ended at, by last day: found by binary search.
        var endings = new Dictionary<(string Pair, string Type), List<PartialDate>>();
        foreach (var ending in relations)
        {
            if (ending.Type.Closes.Count == 0 || (ending.Date ?? ending.Start) is not { } when) continue;
            foreach (var closed in ending.Type.Closes)
            {
                var key = (PairKey(ending), closed);
                if (!endings.TryGetValue(key, out var dates)) endings[key] = dates = [];
                dates.Add(when);
            }
        }
        // A relation the text calls traditional or former ends at the pair's first dated rupture.
        foreach (var rupture in relations)
        {
            if (rupture.Type.Stance < Stance.Broken || (rupture.Date ?? rupture.Start) is not { } when) continue;
            var key = (PairKey(rupture), HistoricalKey);
            if (!endings.TryGetValue(key, out var dates)) endings[key] = dates = [];
            dates.Add(when);
        }
        if (endings.Count == 0) return relations.ToList();
        foreach (var dates in endings.Values) dates.Sort((a, b) => a.LastDay.CompareTo(b.LastDay));

        var result = new List<Relation>(relations.Count);
        foreach (var r in relations)
        {
            if (r.Historical && r.End is null && endings.TryGetValue((PairKey(r), HistoricalKey), out var ruptures))
            {
                result.Add(r with { End = ruptures[0] }); // the earliest: lists are sorted by last day
                continue;
            }
            if ((r.Start ?? r.Date) is { } began && endings.TryGetValue((PairKey(r), r.Type.Id), out var dates) &&
                FirstEndingFrom(dates, began) is { } when &&
                (r.End is not { } end || end.LastDay >= when.FirstDay)) // not already over before it
                result.Add(r with { End = when });
            else
                result.Add(r);
        }
        return result;
    }

    private const string HistoricalKey = "(historical)";

    private static PartialDate? FirstEndingFrom(List<PartialDate> byLastDay, PartialDate began)
    {
        int lo = 0, hi = byLastDay.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (byLastDay[mid].LastDay < began.FirstDay) lo = mid + 1; else hi = mid;
        }
        return lo < byLastDay.Count ? byLastDay[lo] : null;
    }

    private static string PairKey(Relation r) => ActorPair.Key(r.Source, r.Target);
}
