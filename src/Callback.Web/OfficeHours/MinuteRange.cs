namespace Callback.Web.Calendars;

/// <summary>Wall-clock hours of one local day, in minutes since its midnight: from <see cref="Start"/> up to <see cref="End"/> (1440 is 24:00).</summary>
internal readonly record struct MinuteRange(int Start, int End)
{
    public const int WholeDay = 24 * 60;

    public static readonly MinuteRange AllDay = new(0, WholeDay);

    /// <summary>The ranges sorted, with overlapping and touching ones joined.</summary>
    public static List<MinuteRange> Union(IEnumerable<MinuteRange> ranges)
    {
        var joined = new List<MinuteRange>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (joined.Count > 0 && range.Start <= joined[^1].End)
                joined[^1] = joined[^1] with { End = Math.Max(joined[^1].End, range.End) };
            else
                joined.Add(range);
        }

        return joined;
    }

    /// <summary>What is left of <paramref name="ranges"/> once the minutes of <paramref name="removed"/> are taken out.</summary>
    public static List<MinuteRange> Except(IEnumerable<MinuteRange> ranges, IReadOnlyCollection<MinuteRange> removed)
    {
        var left = Union(ranges);
        foreach (var cut in removed)
        {
            left = left.SelectMany(range => Cut(range, cut)).ToList();
        }

        return left;
    }

    static IEnumerable<MinuteRange> Cut(MinuteRange range, MinuteRange cut)
    {
        if (cut.End <= range.Start || cut.Start >= range.End)
        {
            yield return range;
            yield break;
        }

        if (range.Start < cut.Start)
            yield return range with { End = cut.Start };
        if (cut.End < range.End)
            yield return range with { Start = cut.End };
    }
}
