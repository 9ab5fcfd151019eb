namespace Conduit.Connector.Sdk;

/// <summary>Describes one configuration parameter, as Conduit shows it to users.</summary>
public sealed class ParameterSpecification
{
    /// <summary>Initializes a parameter description.</summary>
    /// <param name="name">The key, e.g. <c>sdk.batch.size</c> or <c>headers.*</c>.</param>
    /// <param name="type">How the value is interpreted.</param>
    public ParameterSpecification(string name, ParameterType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type;
    }

    /// <summary>Gets the key.</summary>
    public string Name { get; }

    /// <summary>Gets how the value is interpreted.</summary>
    public ParameterType Type { get; }

    /// <summary>Gets the description. <para>Defaults to an empty string.</para></summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the default value as text. <para>Defaults to an empty string (no default).</para></summary>
    public string Default { get; init; } = string.Empty;

    /// <summary>Gets the validation rules. <para>Defaults to none.</para></summary>
    public IReadOnlyList<ParameterValidation> Validations { get; init; } = [];

    /// <summary>Gets a value indicating whether the value is secret and must never appear in logs or errors. <para>Defaults to <see langword="false"/>.</para></summary>
    public bool IsSensitive { get; init; }
}
