namespace Conduit.Connector.Sdk;

/// <summary>The kind of change a <see cref="Record"/> describes.</summary>
public enum Operation
{
    /// <summary>A new entity appeared.</summary>
    Create = 1,

    /// <summary>An existing entity changed.</summary>
    Update = 2,

    /// <summary>An entity was removed.</summary>
    Delete = 3,

    /// <summary>An entity was read as part of a snapshot.</summary>
    Snapshot = 4,
}
