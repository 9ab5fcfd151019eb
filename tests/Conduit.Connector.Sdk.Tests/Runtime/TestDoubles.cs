using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conduit.Connector.Sdk.Tests.Runtime;

public sealed class EmptyConfig : IConnectorConfiguration<EmptyConfig>
{
    public static IReadOnlyList<ParameterSpecification> Parameters => [];

    public static EmptyConfig Read(ConfigurationReader reader) => new();
}

/// <summary>A source that yields the positions "1".."count" and records every call.</summary>
internal sealed class CountingSource : Source<EmptyConfig>
{
    private readonly int _count;

    public CountingSource(int count) => _count = count;

    public List<Position> Acked { get; } = [];

    public List<string> Calls { get; } = [];

    public Func<int, CancellationToken, ValueTask>? BeforeYield { get; set; }

    public bool IgnoreCancellation { get; set; }

    public Exception? ThrowOnRead { get; set; }

    public override ValueTask OpenAsync(Position? position, CancellationToken cancellationToken)
    {
        Calls.Add($"open:{position}");
        return ValueTask.CompletedTask;
    }

    public override async IAsyncEnumerable<Record> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= _count; i++)
        {
            if (ThrowOnRead is { } error && i == 3)
            {
                throw error;
            }

            if (BeforeYield is { } hook)
            {
                await hook(i, IgnoreCancellation ? CancellationToken.None : cancellationToken);
            }

            if (!IgnoreCancellation && cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            yield return Record(i);
        }
    }

    public override ValueTask AckAsync(Position position, CancellationToken cancellationToken)
    {
        Acked.Add(position);
        return ValueTask.CompletedTask;
    }

    public override ValueTask TeardownAsync(CancellationToken cancellationToken)
    {
        Calls.Add("teardown");
        return ValueTask.CompletedTask;
    }

    public static Record Record(int i) => new() { Position = Position.FromString(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
}

/// <summary>The host's side of a source Run stream: collects sent batches, lets the test send acks.</summary>
internal sealed class SourceStreamDouble
{
    private readonly Channel<IReadOnlyList<Position>> _acks = Channel.CreateUnbounded<IReadOnlyList<Position>>();
    private readonly Channel<Record> _received = Channel.CreateUnbounded<Record>();

    public IAsyncEnumerable<IReadOnlyList<Position>> Acknowledgments => _acks.Reader.ReadAllAsync();

    public ValueTask SendAsync(IReadOnlyList<Record> batch, CancellationToken cancellationToken)
    {
        foreach (var record in batch)
        {
            _received.Writer.TryWrite(record);
        }

        return ValueTask.CompletedTask;
    }

    public async Task<Record> ReceiveAsync() => await _received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

    public void Ack(params Position[] positions) => _acks.Writer.TryWrite(positions);

    public void Close() => _acks.Writer.TryComplete();
}

internal static class RuntimeFactory
{
    public static Sdk.Runtime.SourceRuntime Source(Source source, TimeSpan? stop = null) =>
        new(source, NullLogger.Instance, Timeouts(stop));

    public static Sdk.Runtime.DestinationRuntime Destination(Destination destination, TimeSpan? stop = null) =>
        new(destination, NullLogger.Instance, Timeouts(stop));

    private static Sdk.Runtime.RuntimeTimeouts Timeouts(TimeSpan? stop) =>
        new() { Stop = stop ?? TimeSpan.FromSeconds(10), RunDrain = TimeSpan.FromSeconds(2), Teardown = TimeSpan.FromSeconds(2) };
}
