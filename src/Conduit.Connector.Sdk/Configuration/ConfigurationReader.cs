using System.ComponentModel;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Reads typed values out of Conduit's raw configuration map, collecting every problem instead of
/// stopping at the first. Generated code calls it; connector code rarely needs it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class ConfigurationReader
{
    /// <summary>Initializes a reader over raw values.</summary>
    /// <param name="values">The raw configuration.</param>
    public ConfigurationReader(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
    }

    /// <summary>Gets the raw values.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Throws when any problem was recorded (placeholder until the configuration issue lands).</summary>
    public void ThrowIfInvalid()
    {
    }
}
