namespace Callback.Benchmarks;

/// <summary>
/// What a run prints: progress and detail lines as they come, and at the end one table of the headline figures, each
/// as a ratio against the baseline measured in the same run (these machines are shared, so absolute figures drift).
/// </summary>
public sealed class Report(TextWriter output)
{
    readonly List<Figure> _figures = [];

    public void Line(string text) => output.WriteLine(text);

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        Line($"  => {figure.What}: {figure.Value}; {figure.Against}: ratio {figure.Ratio:F2} (target {figure.Target}) {Verdict(figure)}");
    }

    /// <summary>The headline figures as a Markdown table, the form bench/README.md keeps them in.</summary>
    public void Summary()
    {
        if (_figures.Count == 0)
            return;

        Line("");
        Line("| scenario | figure | value | against (same run) | ratio | target | met |");
        Line("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var f in _figures)
            Line($"| {f.Scenario} | {f.What} | {f.Value} | {f.Against} | {f.Ratio:F2} | {f.Target} | {Verdict(f)} |");
    }

    static string Verdict(Figure figure) => figure.Met switch
    {
        true => "yes",
        false => "NO",
        null => "-",
    };
}

/// <summary>One headline figure: its value, the same-run baseline it is compared with, and whether it meets its target.</summary>
public sealed record Figure(string Scenario, string What, string Value, string Against, double Ratio, string Target, bool? Met);
