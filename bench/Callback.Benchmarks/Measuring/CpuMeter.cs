using System.Globalization;

namespace Callback.Benchmarks.Measuring;

/// <summary>
/// Where the machine's CPU went during a window, in cores (1.0 = one core busy all the time): the whole machine, this
/// process, PostgreSQL (every backend of the server, which other users of the machine share) and RabbitMQ (beam.smp).
/// A process that ends inside the window is not counted (a short-lived connection's backend, say), one that starts in
/// it is. Read from /proc, so Linux only; elsewhere every figure is NaN.
/// </summary>
public sealed class CpuMeter :
    IWindowProbe
{
    const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    Sample? _opened;

    public CpuUse? Use { get; private set; }

    public Task Open()
    {
        _opened = Sample.Take();
        return Task.CompletedTask;
    }

    public Task Close()
    {
        if (_opened is { } opened)
            Use = Sample.Take().Since(opened);
        return Task.CompletedTask;
    }

    sealed record Sample(DateTime At, long MachineBusy, long MachineTotal, Dictionary<int, (string Name, long Ticks)> Processes)
    {
        public static Sample Take()
        {
            if (!File.Exists("/proc/stat"))
                return new Sample(DateTime.UtcNow, 0, 0, []);

            // "cpu  user nice system idle iowait irq softirq steal ...": idle and iowait are the only idle columns.
            var machine = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var total = machine.Take(8).Sum();
            var busy = total - machine[3] - machine[4];

            var processes = new Dictionary<int, (string, long)>();
            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(directory), out var pid) && ProcessTicks(directory) is { } process)
                    processes[pid] = process;
            }

            return new Sample(DateTime.UtcNow, busy, total, processes);
        }

        public CpuUse Since(Sample earlier)
        {
            var seconds = (At - earlier.At).TotalSeconds;
            var machineShare = MachineTotal == earlier.MachineTotal
                ? double.NaN
                : (double)(MachineBusy - earlier.MachineBusy) / (MachineTotal - earlier.MachineTotal);

            double Cores(Func<int, string, bool> which)
            {
                long ticks = 0;
                foreach (var (pid, (name, now)) in Processes)
                {
                    if (!which(pid, name))
                        continue;
                    ticks += earlier.Processes.TryGetValue(pid, out var before) && before.Name == name ? now - before.Ticks : now;
                }

                return ticks / TicksPerSecond / seconds;
            }

            var me = Environment.ProcessId;
            return new CpuUse(machineShare * Environment.ProcessorCount, Environment.ProcessorCount, Cores((pid, _) => pid == me),
                Cores((_, name) => name == "postgres"), Cores((_, name) => name == "beam.smp"));
        }

        /// <summary>The command name and user + system ticks of /proc/[pid]/stat; null if the process is gone.</summary>
        static (string Name, long Ticks)? ProcessTicks(string directory)
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                var fields = stat[(close + 2)..].Split(' ');

                // Counting from the state, which is field 3 of the line: utime is field 14, stime field 15.
                return (stat[(open + 1)..close], long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}

/// <summary>CPU used in a window, in cores.</summary>
public sealed record CpuUse(double Machine, int MachineCores, double Self, double Postgres, double RabbitMq)
{
    public override string ToString() =>
        $"machine {Machine:F2} of {MachineCores} cores; this process {Self:F2}, PostgreSQL {Postgres:F2}, RabbitMQ {RabbitMq:F2}";
}
