using System.Runtime.CompilerServices;
using System.Text;

namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>Emits <c>count</c> records with positions <c>prefix-1</c> … <c>prefix-count</c>, then ends.</summary>
internal sealed class TestSource : Source<TestSourceConfiguration>
{
    public TestSource()
    {
        WriteStdoutProbe("source created");
    }

    public override ValueTask OpenAsync(Position? position, CancellationToken cancellationToken)
    {
        WriteStdoutProbe("source opened");
        return ValueTask.CompletedTask;
    }

    public override async IAsyncEnumerable<Record> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= Configuration.Count && !cancellationToken.IsCancellationRequested; i++)
        {
            var position = $"{Configuration.Prefix}-{i}";
            var record = new Record
            {
                Position = Position.FromString(position),
                Operation = Operation.Create,
                Key = new RawData(Encoding.UTF8.GetBytes(position)),
            };
            record.Payload.After = new RawData(Encoding.UTF8.GetBytes($"payload of {position}"));
            yield return record;
            await Task.Yield();
        }
    }

    /// <summary>
    /// A connector author printing to the console: the SDK must keep it off stdout, which belongs to
    /// the go-plugin handshake. The end-to-end tests look for this text elsewhere.
    /// </summary>
    private static void WriteStdoutProbe(string what)
    {
        if (Environment.GetEnvironmentVariable("TESTCONNECTOR_STDOUT_PROBE") == "1")
        {
            Console.WriteLine($"stdout probe: {what}");
        }
    }
}
