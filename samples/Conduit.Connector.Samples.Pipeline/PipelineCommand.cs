using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Conduit.Connector.Sdk;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Samples.Pipeline;

/// <summary>Runs generator → file through the real connector protocol and reports what happened.</summary>
internal static class PipelineCommand
{
    private const string Usage =
        """
        usage: dotnet run -c Release --project samples/Conduit.Connector.Samples.Pipeline -- [options]
          --records N        records to move (default 100000)
          --payload-size N   bytes per payload (default 1024)
          --format F         raw or structured (default raw)
          --out PATH         destination file (default artifacts/pipeline/records.jsonl, replaced)
          --network N        unix or tcp (default unix)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["--help"] or ["-h"])
        {
            Console.WriteLine(Usage);
            return 0;
        }

        if (!PipelineArguments.TryParse(args, out var arguments, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var generator = ConnectorPath("GeneratorConnector");
        var file = ConnectorPath("FileConnector");
        var output = Path.GetFullPath(arguments.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.Delete(output);

        Console.WriteLine($"source      {generator}");
        Console.WriteLine($"destination {file}");
        Console.WriteLine($"moving {arguments.Records:N0} records of {arguments.PayloadSize:N0} bytes ({arguments.Format}) over {arguments.Network} sockets into {output}");

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var started = Stopwatch.GetTimestamp();
        await using var source = await ConnectorProcess.StartAsync(Options(generator, "pipeline-source", arguments.Network), cancel.Token);
        await using var destination = await ConnectorProcess.StartAsync(Options(file, "pipeline-destination", arguments.Network), cancel.Token);
        Console.WriteLine($"handshakes  source {source.Handshake.Line.Trim()}  destination {destination.Handshake.Line.Trim()}");

        var counters = new PipelineCounters();
        var options = new PipelineOptions
        {
            SourceConfiguration = new Dictionary<string, string>
            {
                ["recordCount"] = arguments.Records.ToString(CultureInfo.InvariantCulture),
                ["payloadSize"] = arguments.PayloadSize.ToString(CultureInfo.InvariantCulture),
                ["format"] = arguments.Format,
            },
            DestinationConfiguration = new Dictionary<string, string> { ["path"] = output },
            RecordLimit = arguments.Records,
            Counters = counters,
        };

        var run = new ConnectorPipeline(source, destination).RunAsync(options, cancel.Token);
        var progress = new ProgressLine(arguments.Records);
        while (await Task.WhenAny(run, Task.Delay(250, CancellationToken.None)) != run)
        {
            progress.Show(counters);
        }

        PipelineResult result;
        try
        {
            result = await run;
        }
        catch (Exception ex)
        {
            progress.Show(counters, final: true);
            Console.Error.WriteLine($"pipeline failed: {ex.Message}");
            DumpErrors(source, "source");
            DumpErrors(destination, "destination");
            return 1;
        }

        progress.Show(counters, final: true);
        var sourceExit = await source.StopAsync(CancellationToken.None);
        var destinationExit = await destination.StopAsync(CancellationToken.None);
        var lines = CountLines(output);
        var total = Stopwatch.GetElapsedTime(started);

        Console.WriteLine();
        Console.WriteLine("summary");
        Console.WriteLine($"  records read        {result.RecordsRead,12:N0}");
        Console.WriteLine($"  records acked       {result.RecordsAcknowledged,12:N0}   (source acks in order, last position \"{result.LastPosition}\")");
        Console.WriteLine($"  errors              {result.RecordsFailed,12:N0}{(result.FirstError is null ? string.Empty : $"   first: {result.FirstError}")}");
        Console.WriteLine($"  lines in file       {lines,12:N0}");
        Console.WriteLine($"  throughput          {result.RecordsPerSecond,12:N0} records/s over {result.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"  total incl. start   {total.TotalSeconds,12:F2} s");
        Console.WriteLine($"  processes           source {sourceExit}, destination {destinationExit}");

        var ok = result.RecordsFailed == 0 && result.RecordsAcknowledged == result.RecordsRead && lines == result.RecordsAcknowledged
            && source.MalformedLogLines.Count == 0 && destination.MalformedLogLines.Count == 0;
        Console.WriteLine(ok ? "result: OK" : "result: MISMATCH (see above)");
        return ok ? 0 : 1;
    }

    private static ConnectorProcessOptions Options(string executable, string id, ConnectorNetwork network) => new(executable)
    {
        ConnectorId = id,
        LogLevel = "info",
        Network = network,
    };

    private static string ConnectorPath(string key)
    {
        var path = typeof(PipelineCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
        return File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"connector not built: {path}");
    }

    private static long CountLines(string path)
    {
        long count = 0;
        foreach (var _ in File.ReadLines(path))
        {
            count++;
        }

        return count;
    }

    private static void DumpErrors(ConnectorProcess process, string name)
    {
        foreach (var entry in process.Logs.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning))
        {
            Console.Error.WriteLine($"  {name}: [{entry.Level}] {entry.Message}");
        }
    }
}
