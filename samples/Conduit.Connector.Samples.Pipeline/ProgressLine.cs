using System.Diagnostics;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Samples.Pipeline;

/// <summary>One progress line: redrawn in place on a terminal, printed once a second otherwise.</summary>
internal sealed class ProgressLine
{
    private readonly long _total;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly bool _interactive = !Console.IsOutputRedirected;
    private TimeSpan _lastPrinted = TimeSpan.FromDays(-1);

    public ProgressLine(long total) => _total = total;

    public void Show(PipelineCounters counters, bool final = false)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        if (!_interactive && !final && elapsed - _lastPrinted < TimeSpan.FromSeconds(1))
        {
            return;
        }

        _lastPrinted = elapsed;
        var acked = counters.RecordsAcknowledged;
        var rate = elapsed.TotalSeconds > 0 ? acked / elapsed.TotalSeconds : 0;
        var percent = _total > 0 ? Math.Min(100, 100.0 * acked / _total) : 0;
        const int width = 30;
        var filled = (int)(width * percent / 100);
        var line = $"[{new string('#', filled)}{new string('.', width - filled)}] {percent,5:F1}%  read {counters.RecordsRead:N0}  acked {acked:N0}  errors {counters.RecordsFailed:N0}  {rate:N0} rec/s";
        if (_interactive)
        {
            Console.Write($"\r{line}");
            if (final)
            {
                Console.WriteLine();
            }
        }
        else
        {
            Console.WriteLine(line);
        }
    }
}
