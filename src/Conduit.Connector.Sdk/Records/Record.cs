namespace Conduit.Connector.Sdk;

/// <summary>One OpenCDC change record.</summary>
public sealed class Record
{
    /// <summary>Gets or sets the position: a unique resume token chosen by the source.</summary>
    public Position Position { get; set; }

    /// <summary>Gets or sets the operation.</summary>
    public Operation Operation { get; set; } = Operation.Create;

    /// <summary>Gets the metadata.</summary>
    public IDictionary<string, string> Metadata { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the key.</summary>
    public Data? Key { get; set; }

    /// <summary>Gets or sets the payload: the entity before and after the change.</summary>
    public Change Payload { get; set; } = new();
}
