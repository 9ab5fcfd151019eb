using System.Collections.Concurrent;

namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// Remembers the positions sent to Conduit, in order, and checks that every acknowledgment names the
/// oldest position still outstanding. Positions are recorded before a batch is written to the
/// stream, so an acknowledgment can never overtake its record.
/// </summary>
internal sealed class AckTracker
{
    private readonly ConcurrentQueue<Position> _outstanding = new();

    /// <summary>Gets how many sent records are not acknowledged yet.</summary>
    public int Outstanding => _outstanding.Count;

    public void Sent(IReadOnlyList<Record> batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            _outstanding.Enqueue(batch[i].Position);
        }
    }

    /// <summary>Checks an acknowledgment against the oldest outstanding position and forgets that position.</summary>
    /// <exception cref="InvalidOperationException">The position was never sent, or not next in order.</exception>
    public void Acknowledge(Position position)
    {
        if (!_outstanding.TryPeek(out var expected))
        {
            throw new InvalidOperationException(
                $"received an acknowledgment for position \"{position}\" but no record is awaiting one (it was never sent, or was acknowledged already)");
        }

        if (expected != position)
        {
            throw new InvalidOperationException(
                $"received an acknowledgment out of order: expected position \"{expected}\" but got \"{position}\"");
        }

        _outstanding.TryDequeue(out _);
    }
}
