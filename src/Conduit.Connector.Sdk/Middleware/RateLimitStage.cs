using System.Threading.RateLimiting;

namespace Conduit.Connector.Sdk.Middleware;

/// <summary>
/// The work of <see cref="DestinationRateLimitMiddleware"/>: a token bucket of <see cref="Burst"/> tokens refilled
/// at the configured rate; each chunk of at most <see cref="Burst"/> records takes as many tokens before it is
/// written. Unlike the Go SDK, when waiting fails after some chunks were written, those stay acknowledged as
/// written (a <see cref="PartialWriteException"/>), so they are not written twice.
/// </summary>
internal sealed class RateLimitStage : DestinationStage, IDisposable
{
    private readonly TokenBucketRateLimiter _limiter;

    public RateLimitStage(double perSecond, int burst)
    {
        Burst = burst > 0 ? burst : (int)Math.Min(Math.Ceiling(perSecond), int.MaxValue);

        // Refill in steps of about 50 ms (never below 1 ms, never more than a burst per step): short enough for
        // a smooth rate, long enough that timer jitter costs little (docs/performance.md, "Rate limit").
        var tokensPerPeriod = (int)Math.Clamp(Math.Round(perSecond / 20), 1, Burst);
        var period = TimeSpan.FromSeconds(tokensPerPeriod / perSecond);
        if (period < TimeSpan.FromMilliseconds(1))
        {
            tokensPerPeriod = (int)Math.Clamp(Math.Ceiling(perSecond / 1000), 1, Burst);
            period = TimeSpan.FromSeconds(tokensPerPeriod / perSecond);
        }

        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Burst,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = period,
            AutoReplenishment = true,
            QueueLimit = Burst,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Gets the largest chunk written at once.</summary>
    public int Burst { get; }

    public override async ValueTask WriteAsync(IReadOnlyList<Record> records, DestinationWrite next, CancellationToken cancellationToken)
    {
        var written = 0;
        while (written < records.Count)
        {
            var count = Math.Min(Burst, records.Count - written);
            try
            {
                using var lease = await _limiter.AcquireAsync(count, cancellationToken).ConfigureAwait(false);
                if (!lease.IsAcquired)
                {
                    throw new InvalidOperationException($"rate limiter: could not acquire {count} tokens");
                }
            }
            catch (Exception ex) when (written > 0)
            {
                throw new PartialWriteException(written, $"rate limiter: {ex.Message}", ex);
            }

            var chunk = written == 0 && count == records.Count ? records : Slice(records, written, count);
            try
            {
                await next(chunk, cancellationToken).ConfigureAwait(false);
            }
            catch (PartialWriteException partial) when (written > 0)
            {
                throw new PartialWriteException(written + Math.Min(partial.WrittenCount, count), partial.Message, partial.InnerException);
            }
            catch (Exception ex) when (written > 0 && ex is not OperationCanceledException)
            {
                throw new PartialWriteException(written, ex.Message, ex);
            }

            written += count;
        }
    }

    public void Dispose() => _limiter.Dispose();

    private static Record[] Slice(IReadOnlyList<Record> records, int start, int count)
    {
        var slice = new Record[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = records[start + i];
        }

        return slice;
    }
}
