namespace Callback.Benchmarks.Measuring;

/// <summary>Something read at the start and at the end of a measured window (CPU time, database counters), as a difference.</summary>
public interface IWindowProbe
{
    Task Open();

    Task Close();
}
