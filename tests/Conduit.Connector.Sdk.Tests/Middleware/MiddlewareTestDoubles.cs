using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Conduit.Connector.Sdk.Runtime;
using Conduit.Connector.Sdk.Tests.Runtime;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Tests.Middleware;

/// <summary>A configuration with one required key, so that the connector's own errors meet the middleware's.</summary>
public sealed class UrlConfig : IConnectorConfiguration<UrlConfig>
{
    private static readonly ParameterSpecification Url = new("url", ParameterType.String) { Validations = [new(ValidationType.Required, "")] };

    public static IReadOnlyList<ParameterSpecification> Parameters { get; } = [Url];

    public string? Value { get; private init; }

    public static UrlConfig Read(ConfigurationReader reader) => new() { Value = reader.GetString(Url) };
}

/// <summary>A source that yields the records a test gives it, then waits until it is stopped (or ends, if asked).</summary>
internal sealed class ListSource(IEnumerable<Record> records, bool endWhenDone = false) : Source<EmptyConfig>
{
    public ISchemaService Schemas => SchemaService;

    /// <summary>Completes once every record was handed over (the runtime buffered the last one).</summary>
    public TaskCompletionSource AllYielded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async IAsyncEnumerable<Record> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            yield return record;
        }

        AllYielded.TrySetResult();
        if (!endWhenDone)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}

/// <summary>A source with a required <c>url</c> parameter.</summary>
internal sealed class UrlSource : Source<UrlConfig>
{
    public override async IAsyncEnumerable<Record> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        yield break;
    }
}

/// <summary>A destination that records every batch it is asked to write.</summary>
internal sealed class RecordingDestination : Destination<EmptyConfig>
{
    public List<IReadOnlyList<Record>> Batches { get; } = [];

    public RecordSerializer Serializer => RecordSerializer;

    public override ValueTask WriteAsync(IReadOnlyList<Record> records, CancellationToken cancellationToken)
    {
        lock (Batches)
        {
            Batches.Add([.. records]);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>A destination with a required <c>url</c> parameter.</summary>
internal sealed class UrlDestination : Destination<UrlConfig>
{
    public override ValueTask WriteAsync(IReadOnlyList<Record> records, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>The host's side of a source Run stream, keeping each message as it was sent.</summary>
internal sealed class MessageStream
{
    private readonly Channel<IReadOnlyList<Position>> _acks = Channel.CreateUnbounded<IReadOnlyList<Position>>();
    private readonly Channel<IReadOnlyList<Record>> _messages = Channel.CreateUnbounded<IReadOnlyList<Record>>();

    public IAsyncEnumerable<IReadOnlyList<Position>> Acknowledgments => _acks.Reader.ReadAllAsync();

    public ValueTask SendAsync(IReadOnlyList<Record> batch, CancellationToken cancellationToken)
    {
        _messages.Writer.TryWrite([.. batch]);
        return ValueTask.CompletedTask;
    }

    public async Task<IReadOnlyList<Record>> ReceiveAsync() =>
        await _messages.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

    public void Close() => _acks.Writer.TryComplete();
}

/// <summary>The host's side of a destination Run stream.</summary>
internal sealed class AckStream
{
    private readonly Channel<IReadOnlyList<Record>> _batches = Channel.CreateUnbounded<IReadOnlyList<Record>>();
    private readonly Channel<DestinationAck> _acks = Channel.CreateUnbounded<DestinationAck>();

    public IAsyncEnumerable<IReadOnlyList<Record>> Batches => _batches.Reader.ReadAllAsync();

    public void Send(params Record[] batch) => _batches.Writer.TryWrite(batch);

    public void Close() => _batches.Writer.TryComplete();

    public ValueTask SendAcksAsync(IReadOnlyList<DestinationAck> acks, CancellationToken cancellationToken)
    {
        foreach (var ack in acks)
        {
            _acks.Writer.TryWrite(ack);
        }

        return ValueTask.CompletedTask;
    }

    public async Task<List<DestinationAck>> ReceiveAcksAsync(int count)
    {
        var result = new List<DestinationAck>();
        while (result.Count < count)
        {
            result.Add(await _acks.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        }

        return result;
    }
}

/// <summary>Keeps every log line.</summary>
internal sealed class ListLogger : ILogger
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines)
        {
            _lines.Add($"{logLevel}: {formatter(state, exception)}");
        }
    }
}

/// <summary>Runtimes with middleware, as ConnectorRuntimes builds them.</summary>
internal static class MiddlewareRuntimes
{
    public static readonly ConnectorEnvironment Environment = new() { ConnectorId = "pipeline1:source1" };

    public static readonly RuntimeTimeouts Timeouts = new() { Stop = TimeSpan.FromSeconds(10), RunDrain = TimeSpan.FromSeconds(2), Teardown = TimeSpan.FromSeconds(2) };

    public static SourceRuntime Source(Source source, MiddlewarePipeline<SourceMiddleware>? middleware = null, ISchemaService? schemas = null, ILogger? logger = null) =>
        new(source, logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, Timeouts,
            new SourceMiddlewareSetup(middleware ?? SourceMiddleware.Default, Environment, schemas ?? new InMemorySchemaService()));

    public static DestinationRuntime Destination(Destination destination, MiddlewarePipeline<DestinationMiddleware>? middleware = null, ISchemaService? schemas = null, ILogger? logger = null) =>
        new(destination, logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, Timeouts,
            new DestinationMiddlewareSetup(middleware ?? DestinationMiddleware.Default, Environment, schemas ?? new InMemorySchemaService()));

    public static Dictionary<string, string> Config(params string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
}
