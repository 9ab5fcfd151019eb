using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Conduit.Connector.Sdk;

namespace Conduit.Connector.Samples.Generator;

/// <summary>
/// Produces records numbered 1, 2, 3, ... The position of a record is its number as text, so
/// opening at a position resumes with the next number: nothing is skipped, nothing repeated.
/// </summary>
public sealed class GeneratorSource : Source<GeneratorSourceConfig>
{
    private long _next = 1;
    private Operation[] _operations = [Operation.Create];
    private byte[] _filler = [];

    /// <inheritdoc />
    public override ValueTask ConfigureAsync(GeneratorSourceConfig configuration, CancellationToken cancellationToken)
    {
        _operations = [.. configuration.Operations.Select(ParseOperation)];
        if (_operations.Length == 0)
        {
            throw new ConfigurationException("error validating \"operations\": at least one operation is needed");
        }

        _filler = new byte[configuration.PayloadSize];
        for (var i = 0; i < _filler.Length; i++)
        {
            _filler[i] = (byte)('a' + (i % 26));
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override ValueTask OpenAsync(Position? position, CancellationToken cancellationToken)
    {
        if (position is { } resumeAfter)
        {
            if (!long.TryParse(resumeAfter.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var last))
            {
                throw new InvalidOperationException($"position \"{resumeAfter}\" was not produced by this connector (expected a record number)");
            }

            _next = last + 1;
        }

        Logger.LogGeneratorOpened(_next);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<Record> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var config = Configuration;
        var started = Stopwatch.GetTimestamp();
        var first = _next;
        while (!cancellationToken.IsCancellationRequested && (config.RecordCount == 0 || _next <= config.RecordCount))
        {
            if (config.Rate > 0)
            {
                // Pace against the start time, so rounding never accumulates.
                var due = TimeSpan.FromSeconds((_next - first) / config.Rate);
                var wait = due - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        yield break;
                    }
                }
            }

            yield return Create(_next++, config);
        }
    }

    private Record Create(long number, GeneratorSourceConfig config)
    {
        var operation = _operations[(number - 1) % _operations.Length];
        var record = new Record
        {
            Position = Position.FromString(number.ToString(CultureInfo.InvariantCulture)),
            Operation = operation,
        };
        record.Metadata.SetReadAt(DateTimeOffset.UtcNow);
        if (config.Collection.Length > 0)
        {
            record.Metadata.SetCollection(config.Collection);
        }

        Data payload;
        if (config.Format == PayloadFormat.Structured)
        {
            var key = new StructuredData();
            key["id"] = number;
            record.Key = key;
            var structured = new StructuredData();
            structured["id"] = number;
            structured["createdAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            structured["text"] = System.Text.Encoding.ASCII.GetString(_filler);
            payload = structured;
        }
        else
        {
            var key = new byte[8];
            BinaryPrimitives.WriteInt64BigEndian(key, number);
            record.Key = new RawData(key);
            payload = new RawData(_filler);
        }

        record.Payload = operation switch
        {
            Operation.Delete => new Change { Before = payload },
            Operation.Update => new Change { Before = payload, After = payload },
            _ => new Change { After = payload },
        };
        return record;
    }

    private static Operation ParseOperation(string name) => name.Trim().ToLowerInvariant() switch
    {
        "create" => Operation.Create,
        "update" => Operation.Update,
        "delete" => Operation.Delete,
        "snapshot" => Operation.Snapshot,
        _ => throw new ConfigurationException($"error validating \"operations\": \"{name}\" value must be included in the list [create,update,delete,snapshot]: inclusion validation failed"),
    };
}
