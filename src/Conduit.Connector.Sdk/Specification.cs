namespace Conduit.Connector.Sdk;

/// <summary>
/// Describes a connector to Conduit: its name, version and documentation. Subclass it once per
/// connector; the parameters of the source and destination come from their configuration classes.
/// </summary>
/// <remarks>
/// Conduit refers to a standalone connector as <c>standalone:NAME</c> and picks the newest
/// <see cref="Version"/> by semantic versioning when several binaries share a name.
/// </remarks>
public abstract class Specification
{
    /// <summary>Gets the plugin name, as used in <c>standalone:NAME</c>. Lower case, no spaces.</summary>
    public abstract string Name { get; }

    /// <summary>Gets a one-sentence summary of what the connector does.</summary>
    public abstract string Summary { get; }

    /// <summary>Gets a longer, Markdown description. <para>Defaults to an empty string.</para></summary>
    public virtual string Description => string.Empty;

    /// <summary>Gets the connector version: semantic versioning with a leading <c>v</c>, e.g. <c>v1.2.3</c>.</summary>
    public abstract string Version { get; }

    /// <summary>Gets who wrote or maintains the connector. <para>Defaults to an empty string.</para></summary>
    public virtual string Author => string.Empty;
}
