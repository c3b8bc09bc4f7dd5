using GraphViz.Core.Time;

namespace GraphViz.Core.Relations;

/// <summary>
/// Ends what a later relation ends: "إنهاء اتفاق التعاون العسكري" in March closes the military and
/// counter-terrorism cooperation the text gave for the same two actors, so that it holds until then.
/// Which types a type closes is data (the closes column of relation-types.tsv).
/// </summary>
public static class IntervalCloser
{
    public static List<Relation> Close(IReadOnlyList<Relation> relations)
    {
        var result = relations.ToList();
        foreach (var ending in relations)
        {
            if (ending.Type.Closes.Count == 0 || (ending.Date ?? ending.Start) is not { } when) continue;
            for (var i = 0; i < result.Count; i++)
            {
                var r = result[i];
                if (!ending.Type.Closes.Contains(r.Type.Id) || !SamePair(r, ending)) continue;
                // Only what is known to have begun before the ending: an undated agreement may be the new one.
                if ((r.Start ?? r.Date) is not { } began || began.FirstDay > when.LastDay) continue;
                if (r.End is { } end && end.LastDay < when.FirstDay) continue;                  // it had ended already
                result[i] = r with { End = when };
            }
        }
        return result;
    }

    private static bool SamePair(Relation a, Relation b) =>
        (a.Source == b.Source && a.Target == b.Target) || (a.Source == b.Target && a.Target == b.Source);
}
