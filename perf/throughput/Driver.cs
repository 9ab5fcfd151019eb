using System.Globalization;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Sdk.ThroughputBenchmark;

/// <summary>
/// Measures, per batch size, the SDK source (generator sample) and the SDK destination (null
/// destination) against the ceiling, and prints one table.
/// Arguments: [records per measurement, default 100000] [path of the generator executable].
/// Batch 1 measures a tenth of the records; each measurement first runs a fifth of its records untimed;
/// every cell is the median of three rounds.
/// </summary>
internal static class Driver
{
    private const int Rounds = 3;

    private static readonly int[] BatchSizes = [1, 100, 1000];

    public static async Task<int> RunAsync(string[] args)
    {
        var records = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var generator = args.Length > 1 ? args[1] : Targets.GeneratorPath;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var token = timeout.Token;

        Console.WriteLine($"throughput: {records} records per measurement, 1 KiB raw payloads, unix socket; generator: {generator}");
        Console.WriteLine($"load average before: {LoadAverage()}");
        var rows = new List<Row>();
        foreach (var batch in BatchSizes)
        {
            var count = batch == 1 ? records / 10 : records;
            var warmup = count / 5;
            var label = batch.ToString(CultureInfo.InvariantCulture);
            var source = new Samples();
            var destination = new Samples();
            using (var ceiling = await Targets.StartCeilingAsync(batch, token))
            {
                // Rounds alternate which of the pair goes first, so that drifting load hits both alike.
                for (var round = 0; round < Rounds; round++)
                {
                    var sdkFirst = round % 2 == 1;
                    if (sdkFirst)
                    {
                        source.Sdk.Add(await MeasureSourceAsync(generator, batch, warmup, count, token));
                    }

                    source.Ceiling.Add(await StreamDriver.SourceAsync(ceiling.Invoker, warmup, count, token));
                    if (!sdkFirst)
                    {
                        source.Sdk.Add(await MeasureSourceAsync(generator, batch, warmup, count, token));
                    }

                    if (sdkFirst)
                    {
                        destination.Sdk.Add(await MeasureDestinationAsync(batch, warmup, count, token));
                    }

                    destination.Ceiling.Add(await StreamDriver.DestinationAsync(ceiling.Invoker, batch, warmup, count, token));
                    if (!sdkFirst)
                    {
                        destination.Sdk.Add(await MeasureDestinationAsync(batch, warmup, count, token));
                    }
                }
            }

            rows.Add(new Row("source", label, source.Median(source.Sdk), source.Median(source.Ceiling)));
            Console.WriteLine(rows[^1].Format());
            rows.Add(new Row("destination", label, destination.Median(destination.Sdk), destination.Median(destination.Ceiling)));
            Console.WriteLine(rows[^1].Format());
        }

        // The runtime's own choice: whatever is buffered, up to 10 000 records per message.
        var natural = new Samples();
        for (var round = 0; round < Rounds; round++)
        {
            natural.Sdk.Add(await MeasureSourceAsync(generator, null, records / 5, records, token));
        }

        rows.Add(new Row("source", "natural", natural.Median(natural.Sdk), null));

        Console.WriteLine();
        Console.WriteLine("| side | batch | SDK records/s | ceiling records/s | SDK/ceiling | SDK records/message |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine(row.Format());
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    private static async Task<Measurement> MeasureSourceAsync(string generator, int? batch, long warmup, long count, CancellationToken token)
    {
        await using var process = await Targets.StartGeneratorAsync(generator, batch, token);
        return await StreamDriver.SourceAsync(process.Channel.CreateCallInvoker(), warmup, count, token);
    }

    private static async Task<Measurement> MeasureDestinationAsync(int batch, long warmup, long count, CancellationToken token)
    {
        await using var process = await Targets.StartNullDestinationAsync(token);
        return await StreamDriver.DestinationAsync(process.Channel.CreateCallInvoker(), batch, warmup, count, token);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed class Samples
    {
        public List<Measurement> Sdk { get; } = [];

        public List<Measurement> Ceiling { get; } = [];

        public Measurement Median(List<Measurement> samples) => samples.OrderBy(m => m.RecordsPerSecond).ElementAt(samples.Count / 2);
    }

    private sealed record Row(string Side, string Batch, Measurement Sdk, Measurement? Ceiling)
    {
        public string Format()
        {
            var ceiling = Ceiling is { } c ? c.RecordsPerSecond.ToString("N0", CultureInfo.InvariantCulture) : "–";
            var ratio = Ceiling is { } r ? (Sdk.RecordsPerSecond / r.RecordsPerSecond).ToString("P0", CultureInfo.InvariantCulture) : "–";
            return string.Create(CultureInfo.InvariantCulture, $"| {Side} | {Batch} | {Sdk.RecordsPerSecond:N0} | {ceiling} | {ratio} | {Sdk.RecordsPerMessage:N0} |");
        }
    }
}
