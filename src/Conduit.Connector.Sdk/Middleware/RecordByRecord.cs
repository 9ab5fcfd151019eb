namespace Conduit.Connector.Sdk.Middleware;

/// <summary>
/// Runs a per-record step over a destination batch before writing it. When the step fails for the record at
/// index i, the records before it are still written and the failure reads <c>record i: …</c>, so the
/// acknowledgments say exactly which record could not be processed.
/// </summary>
internal static class RecordByRecord
{
    public static async ValueTask WriteAsync(
        IReadOnlyList<Record> records,
        Func<Record, CancellationToken, ValueTask> step,
        DestinationWrite next,
        CancellationToken cancellationToken)
    {
        for (var i = 0; i < records.Count; i++)
        {
            try
            {
                await step(records[i], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var message = $"record {i} (position \"{records[i].Position}\"): {ex.Message}";
                if (i > 0)
                {
                    await WritePrefixAsync(records, i, next, cancellationToken).ConfigureAwait(false);
                }

                throw new PartialWriteException(i, message, ex);
            }
        }

        await next(records, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask WritePrefixAsync(IReadOnlyList<Record> records, int count, DestinationWrite next, CancellationToken cancellationToken)
    {
        var prefix = new Record[count];
        for (var i = 0; i < count; i++)
        {
            prefix[i] = records[i];
        }

        // The prefix's own failure is what the acknowledgments report then (it names how many were written).
        await next(prefix, cancellationToken).ConfigureAwait(false);
    }
}
