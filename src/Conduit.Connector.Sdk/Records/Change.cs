namespace Conduit.Connector.Sdk;

/// <summary>The payload of a record: the entity before and after the change.</summary>
public sealed class Change
{
    /// <summary>Gets or sets the entity before the change (updates and deletes).</summary>
    public Data? Before { get; set; }

    /// <summary>Gets or sets the entity after the change (creates, updates and snapshots).</summary>
    public Data? After { get; set; }
}
