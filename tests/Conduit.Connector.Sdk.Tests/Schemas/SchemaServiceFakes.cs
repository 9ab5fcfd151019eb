using System.Text;

namespace Conduit.Connector.Sdk.Tests.Schemas;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => _now;

    public override long GetTimestamp() => _now.UtcTicks;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>A schema service that counts calls and can hold them until the test releases them.</summary>
internal sealed class CountingSchemaService : ISchemaService
{
    private int _creates;
    private int _gets;

    public int Creates => Volatile.Read(ref _creates);

    public int Gets => Volatile.Read(ref _gets);

    /// <summary>Gets or sets a gate calls wait for (null: answer at once).</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Gets or sets the exception the next calls throw.</summary>
    public Exception? Failure { get; set; }

    public async Task<Schema> CreateAsync(SchemaType type, string subject, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        var call = Interlocked.Increment(ref _creates);
        await WaitAsync(cancellationToken);
        return new Schema(subject, call, 100 + call, type, bytes);
    }

    public async Task<Schema> GetAsync(string subject, int version, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _gets);
        await WaitAsync(cancellationToken);
        return new Schema(subject, version, 1, SchemaType.Avro, Encoding.UTF8.GetBytes("\"string\""));
    }

    private async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
