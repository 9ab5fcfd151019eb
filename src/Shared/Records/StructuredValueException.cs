namespace Conduit.Connector.Sdk.Records;

/// <summary>
/// A value inside structured data that cannot be written as JSON or protobuf. The path of the
/// offending field is collected while the exception unwinds through the nested maps and lists,
/// so the success path pays nothing for it.
/// </summary>
internal sealed class StructuredValueException : NotSupportedException
{
    private readonly string _reason;

    /// <summary>Initializes the exception.</summary>
    /// <param name="reason">What is wrong with the value, without its path.</param>
    public StructuredValueException(string reason)
        : base(reason) => _reason = reason;

    /// <summary>Gets the path of the offending value, for example <c>payload.after.tags[2]</c>.</summary>
    public string Path { get; private set; } = string.Empty;

    /// <inheritdoc />
    public override string Message => Path.Length == 0
        ? $"Structured data value: {_reason}."
        : $"Structured data field '{Path}': {_reason}.";

    /// <summary>Prefixes the path with a map key (or a dotted prefix such as <c>payload.after</c>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>This exception, to rethrow.</returns>
    public StructuredValueException AtKey(string key)
    {
        Path = key + Rest();
        return this;
    }

    /// <summary>Prefixes the path with a list index.</summary>
    /// <param name="index">The index.</param>
    /// <returns>This exception, to rethrow.</returns>
    public StructuredValueException AtIndex(int index)
    {
        Path = "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" + Rest();
        return this;
    }

    // The path so far as it continues a prefix: "[2].x" stays, "x" becomes ".x".
    private string Rest() => Path.Length == 0 || Path[0] == '[' ? Path : "." + Path;
}
