using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Middleware;

/// <summary>
/// The batching rules of <c>sdk.batch.size</c> / <c>sdk.batch.delay</c>, and how the source's send loop
/// collects one Run message under them. Unlike the Go SDK, a delay alone does batch, and records collected
/// when the source stops are sent, not dropped.
/// </summary>
internal static class BatchCollection
{
    /// <summary>Builds the policy and logs the Go SDK's warnings about a size without a delay and the reverse.</summary>
    public static BatchPolicy Policy(int size, TimeSpan delay, ILogger logger)
    {
        var policy = new BatchPolicy(Math.Max(size, 0), delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
        if (policy.Size > 0 && policy.Delay == TimeSpan.Zero)
        {
            MiddlewareLog.BatchSizeWithoutDelay(logger);
        }
        else if (policy.Size == 0 && policy.Delay > TimeSpan.Zero)
        {
            MiddlewareLog.BatchDelayWithoutSize(logger, BatchPolicy.DelayOnlyLimit);
        }

        return policy;
    }

    /// <summary>
    /// Collects the next batch from <paramref name="reader"/>. Without a policy it takes what is buffered, up to
    /// <paramref name="defaultLimit"/>. With one it waits for more until the batch holds <see cref="BatchPolicy.Limit"/>
    /// records, the delay since the first record has passed, or the writer completed (the source stopped: what was
    /// collected is returned so that it is sent).
    /// </summary>
    /// <returns>The batch (possibly empty after a race), or <see langword="null"/> once the reader is complete and empty.</returns>
    public static async ValueTask<List<Record>?> CollectAsync(ChannelReader<Record> reader, BatchPolicy policy, int defaultLimit, CancellationToken cancellationToken)
    {
        if (!await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var limit = policy.IsEnabled ? policy.Limit : defaultLimit;
        var batch = new List<Record>(Math.Min(reader.CanCount ? Math.Max(reader.Count, 1) : 1, limit));
        Drain(reader, batch, limit);
        if (!policy.IsEnabled || batch.Count == 0 || batch.Count >= limit)
        {
            return batch;
        }

        using var delay = policy.Delay > TimeSpan.Zero ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        delay?.CancelAfter(policy.Delay);
        var wait = delay?.Token ?? cancellationToken;
        while (batch.Count < limit)
        {
            try
            {
                if (!await reader.WaitToReadAsync(wait).ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }

            Drain(reader, batch, limit);
        }

        return batch;
    }

    private static void Drain(ChannelReader<Record> reader, List<Record> batch, int limit)
    {
        while (batch.Count < limit && reader.TryRead(out var record))
        {
            batch.Add(record);
        }
    }
}
