namespace Conduit.Connector.Sdk;

/// <summary>One problem with a configuration: which key, which value, which rule.</summary>
public sealed class ConfigurationError
{
    /// <summary>Initializes the error.</summary>
    /// <param name="key">The key the problem is about.</param>
    /// <param name="value">The value given, or <see langword="null"/> when it is secret or irrelevant.</param>
    /// <param name="message">The full line shown to users, naming the key, the value and the rule.</param>
    public ConfigurationError(string key, string? value, string message)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(message);
        Key = key;
        Value = value;
        Message = message;
    }

    /// <summary>Gets the key the problem is about.</summary>
    public string Key { get; }

    /// <summary>Gets the value given, or <see langword="null"/> for a sensitive parameter or an unknown key.</summary>
    public string? Value { get; }

    /// <summary>Gets the full line shown to users, e.g. <c>error validating "url": required parameter is not provided</c>.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Message;
}
