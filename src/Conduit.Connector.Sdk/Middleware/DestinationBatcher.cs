using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Conduit.Connector.Sdk.Middleware;

/// <summary>
/// Regroups the messages Conduit sends a destination into batches of <c>sdk.batch.size</c> records, or what
/// arrived within <c>sdk.batch.delay</c> of a batch's first record. A background pump reads the stream, so
/// waiting for the delay never cancels a read of the stream itself. <see cref="RequestFlush"/> (Stop) writes a
/// partial batch at once, and every batch after it.
/// </summary>
internal sealed class DestinationBatcher
{
    private readonly BatchPolicy _policy;
    private readonly CancellationTokenSource _flush = new();

    public DestinationBatcher(BatchPolicy policy) => _policy = policy;

    /// <summary>Writes what is collected now and stops waiting from then on.</summary>
    public void RequestFlush()
    {
        try
        {
            _flush.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<Record>> BatchAsync(
        IAsyncEnumerable<IReadOnlyList<Record>> messages,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<IReadOnlyList<Record>>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });
        using var pumpCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = PumpAsync(messages, channel.Writer, pumpCts.Token);
        var pending = new List<Record>();
        var firstAt = 0L;
        try
        {
            var more = true;
            while (more)
            {
                if (pending.Count == 0)
                {
                    more = await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    more = await WaitForMoreAsync(channel.Reader, firstAt, cancellationToken).ConfigureAwait(false);
                    if (!more || !channel.Reader.TryPeek(out _))
                    {
                        // The delay passed, Stop asked for a flush, or the stream ended: write what is collected.
                        yield return Take(pending, pending.Count);
                        continue;
                    }
                }

                while (channel.Reader.TryRead(out var message))
                {
                    if (pending.Count == 0 && message.Count > 0)
                    {
                        firstAt = Stopwatch.GetTimestamp();
                    }

                    pending.AddRange(message);
                }

                while (_policy.Size > 0 && pending.Count >= _policy.Size)
                {
                    yield return Take(pending, _policy.Size);
                    firstAt = Stopwatch.GetTimestamp();
                }

                if (pending.Count > 0 && (_flush.IsCancellationRequested || _policy.Delay == TimeSpan.Zero && _policy.Size == 0))
                {
                    yield return Take(pending, pending.Count);
                }
            }

            if (pending.Count > 0)
            {
                yield return Take(pending, pending.Count);
            }

            await pump.ConfigureAwait(false);
        }
        finally
        {
            await pumpCts.CancelAsync().ConfigureAwait(false);
            await pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Waits for another message until the batch's delay has passed or a flush is requested; false means "write now".</summary>
    private async ValueTask<bool> WaitForMoreAsync(ChannelReader<IReadOnlyList<Record>> reader, long firstAt, CancellationToken cancellationToken)
    {
        if (_flush.IsCancellationRequested)
        {
            return false;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _flush.Token);
        if (_policy.Delay > TimeSpan.Zero)
        {
            var left = _policy.Delay - Stopwatch.GetElapsedTime(firstAt);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            wait.CancelAfter(left);
        }

        try
        {
            return await reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static Record[] Take(List<Record> pending, int count)
    {
        var batch = pending.GetRange(0, count).ToArray();
        pending.RemoveRange(0, count);
        return batch;
    }

    private static async Task PumpAsync(IAsyncEnumerable<IReadOnlyList<Record>> messages, ChannelWriter<IReadOnlyList<Record>> writer, CancellationToken cancellationToken)
    {
        await Task.Yield();
        Exception? failure = null;
        try
        {
            await foreach (var message in messages.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        finally
        {
            writer.TryComplete(failure);
        }
    }
}
