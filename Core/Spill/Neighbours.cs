namespace RiskReporting.Core.Spill;

public static class Neighbours
{
    /// <summary>
    /// A sorted sequence cut into runs of consecutive items that belong together (equal keys, one contract):
    /// in sorted order these are neighbours, so each run is held alone, never the sequence.
    /// </summary>
    public static IEnumerable<List<T>> Consecutive<T>(this IEnumerable<T> sorted, Func<T, T, bool> together)
    {
        var run = new List<T>();
        foreach (var item in sorted)
        {
            if (run.Count > 0 && !together(run[0], item))
            {
                yield return run;
                run = [];
            }

            run.Add(item);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
