namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// Turns the way a write ended into exactly one acknowledgment per record, in order. The author can
/// only report "all written" (return), "none written" (throw) or "the first N written"
/// (<see cref="PartialWriteException"/>); an N that contradicts the batch is treated as a bug and
/// fails every record, so a record is never reported as written by mistake.
/// </summary>
internal static class BatchOutcome
{
    public static DestinationAck[] Succeeded(IReadOnlyList<Record> batch)
    {
        var acks = new DestinationAck[batch.Count];
        for (var i = 0; i < acks.Length; i++)
        {
            acks[i] = new DestinationAck(batch[i].Position, null);
        }

        return acks;
    }

    public static DestinationAck[] Failed(IReadOnlyList<Record> batch, Exception error)
    {
        var written = 0;
        var message = error.Message;
        if (error is PartialWriteException partial)
        {
            if (partial.WrittenCount < batch.Count)
            {
                written = partial.WrittenCount;
            }
            else
            {
                message = $"the connector reported that all {batch.Count} records of the batch were written ({partial.WrittenCount}) and failed at the same time; treating every record as failed, this is probably a bug in the connector. Original error: {partial.Message}";
            }
        }

        if (string.IsNullOrEmpty(message))
        {
            message = error.GetType().Name;
        }

        var acks = new DestinationAck[batch.Count];
        for (var i = 0; i < acks.Length; i++)
        {
            acks[i] = new DestinationAck(batch[i].Position, i < written ? null : message);
        }

        return acks;
    }
}
