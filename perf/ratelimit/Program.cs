using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Conduit.Connector.Sdk;
using Conduit.Connector.Sdk.Testing;

// Writes records through the test connector's destination with sdk.rate.perSecond / sdk.rate.burst set, and
// prints the measured rate next to the configured one. The bucket starts full, so the first burst passes at
// once: the rate is (records - burst) / (last acknowledgment - first acknowledgment), with batches no larger
// than the burst so that the first acknowledgment comes at once.
//
//   dotnet run -c Release --project perf/ratelimit [-- perSecond burst seconds batch]
//   (with no arguments it runs a small matrix)
var cases = args.Length >= 2
    ? [(Parse(args[0]), (int)Parse(args[1]), args.Length > 2 ? Parse(args[2]) : 5, args.Length > 3 ? (int)Parse(args[3]) : 100)]
    : new[] { (50.0, 0, 4.0, 10), (200.0, 0, 4.0, 100), (1000.0, 100, 4.0, 100), (5000.0, 0, 4.0, 1000), (20000.0, 0, 4.0, 1000) };

var path = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestConnectorPath").Value!;
Console.WriteLine("perSecond  burst  batch  records  measured/s  ratio");
foreach (var (perSecond, burst, seconds, batch) in cases)
{
    var measured = await MeasureAsync(path, perSecond, burst, seconds, batch);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{perSecond,9:0.##}  {burst,5}  {batch,5}  {measured.Records,7}  {measured.PerSecond,10:0.0}  {measured.PerSecond / perSecond,5:0.000}"));
}

return 0;

static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

static async Task<(int Records, double PerSecond)> MeasureAsync(string path, double perSecond, int burst, double seconds, int batch)
{
    var effectiveBurst = burst > 0 ? burst : (int)Math.Ceiling(perSecond);
    var total = effectiveBurst + (int)(perSecond * seconds);
    total = (total + batch - 1) / batch * batch;
    await using var connector = await ConnectorProcess.StartAsync(new ConnectorProcessOptions(path) { HandshakeTimeout = TimeSpan.FromSeconds(30) });
    await connector.Destination.ConfigureAsync(new Dictionary<string, string>
    {
        ["sdk.rate.perSecond"] = perSecond.ToString(CultureInfo.InvariantCulture),
        ["sdk.rate.burst"] = burst.ToString(CultureInfo.InvariantCulture),
    });
    await connector.Destination.OpenAsync();
    var records = Enumerable.Range(1, total)
        .Select(i => Record.NewCreate(Position.FromString(i.ToString(CultureInfo.InvariantCulture)), null, new RawData(new byte[16])))
        .ToArray();

    long start = 0;
    var acked = 0;
    await using (var run = connector.Destination.Run())
    {
        var writer = Task.Run(async () =>
        {
            foreach (var chunk in records.Chunk(batch))
            {
                await run.WriteAsync(chunk);
            }
        });
        while (acked < total)
        {
            acked += (await run.ReadAckBatchAsync())!.Count;
            if (start == 0)
            {
                start = Stopwatch.GetTimestamp();
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        await writer;
        await connector.Destination.StopAsync(records[^1].Position);
        await run.CompleteAsync();
        await connector.Destination.TeardownAsync();
        await connector.StopAsync();
        return (total, (total - effectiveBurst) / elapsed.TotalSeconds);
    }
}
