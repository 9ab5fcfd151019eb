using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>
/// Emits records with positions <c>prefix-1</c> … <c>prefix-count</c>, then ends; opened at
/// <c>prefix-N</c> it continues with <c>prefix-(N+1)</c>. Its configuration can inject faults.
/// </summary>
internal sealed class TestSource : Source<TestSourceConfiguration>
{
    private TestSourceConfiguration? _configured;
    private int _next = 1;

    public TestSource()
    {
        WriteStdoutProbe("source created");
    }

    public override ValueTask ConfigureAsync(TestSourceConfiguration configuration, CancellationToken cancellationToken)
    {
        _configured = configuration;
        return InjectAsync("configure");
    }

    public override async ValueTask OpenAsync(Position? position, CancellationToken cancellationToken)
    {
        WriteStdoutProbe("source opened");
        await InjectAsync("open");
        if (position is { } resume)
        {
            var text = resume.ToString();
            _next = int.Parse(text.AsSpan(text.LastIndexOf('-') + 1), CultureInfo.InvariantCulture) + 1;
        }
    }

    public override async IAsyncEnumerable<Record> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Configuration.FailMethod == "read")
        {
            throw new InvalidOperationException($"{Configuration.FailMessage} (read)");
        }

        var emitted = 0;
        for (; _next <= Configuration.Count && !cancellationToken.IsCancellationRequested; _next++)
        {
            if (emitted == Configuration.HangAfter && Configuration.HangMethod == "read")
            {
                await Faults.HangAsync();
            }

            if (emitted == Configuration.PauseAfter)
            {
                TestConnectorLog.Paused(Logger, emitted);
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                yield break;
            }

            yield return NewRecord(_next);
            emitted++;
            await Task.Yield();
        }
    }

    public override ValueTask AckAsync(Position position, CancellationToken cancellationToken) => InjectAsync("ack");

    public override ValueTask TeardownAsync(CancellationToken cancellationToken) => InjectAsync("teardown");

    public override ValueTask OnCreatedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken) =>
        InjectAsync("oncreated");

    public override ValueTask OnUpdatedAsync(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, CancellationToken cancellationToken) =>
        InjectAsync("onupdated");

    /// <summary>OnDeleted arrives without Configure, so its fault is read from the event's raw configuration.</summary>
    public override ValueTask OnDeletedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken) =>
        Faults.InjectAsync(
            "ondeleted",
            configuration.GetValueOrDefault("fail.method", string.Empty),
            configuration.GetValueOrDefault("fail.message", "injected failure"),
            configuration.GetValueOrDefault("hang.method", string.Empty));

    private Record NewRecord(int sequence)
    {
        var position = $"{Configuration.Prefix}-{sequence}";
        if (Configuration.PayloadStructured)
        {
            return Record.NewCreate(
                Position.FromString(position),
                new StructuredData { ["id"] = (long)sequence },
                new StructuredData { ["id"] = (long)sequence, ["name"] = position, ["even"] = sequence % 2 == 0, ["score"] = sequence / 4.0 });
        }

        var record = new Record
        {
            Position = Position.FromString(position),
            Operation = Operation.Create,
            Key = new RawData(Encoding.UTF8.GetBytes(position)),
        };
        record.Payload.After = new RawData(Configuration.PayloadSize > 0
            ? new byte[Configuration.PayloadSize]
            : Encoding.UTF8.GetBytes($"payload of {position}"));
        return record;
    }

    /// <summary>Teardown may come without Configure: then there is nothing to inject.</summary>
    private ValueTask InjectAsync(string method) => _configured is { } c
        ? Faults.InjectAsync(method, c.FailMethod, c.FailMessage, c.HangMethod)
        : ValueTask.CompletedTask;

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
