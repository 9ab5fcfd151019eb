namespace Conduit.Connector.Sdk;

/// <summary>
/// Thrown from <see cref="Destination.WriteAsync"/> when only the first <see cref="WrittenCount"/>
/// records of the batch were written. Those are acknowledged as written; the rest get this error.
/// </summary>
public sealed class PartialWriteException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="writtenCount">How many records, from the start of the batch, were written.</param>
    /// <param name="message">Why the next record failed; Conduit shows it with every failed record.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public PartialWriteException(int writtenCount, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(writtenCount);
        WrittenCount = writtenCount;
    }

    /// <summary>Gets how many records, from the start of the batch, were written.</summary>
    public int WrittenCount { get; }
}
