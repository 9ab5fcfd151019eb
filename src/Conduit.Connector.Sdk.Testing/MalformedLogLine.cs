namespace Conduit.Connector.Sdk.Testing;

/// <summary>A stderr line go-plugin would not read as an hclog entry (it logs such lines verbatim at debug, or worse).</summary>
public sealed class MalformedLogLine
{
    internal MalformedLogLine(string line, string reason)
    {
        Line = line;
        Reason = reason;
    }

    /// <summary>Gets the line as written.</summary>
    public string Line { get; }

    /// <summary>Gets why the line is not a usable hclog entry.</summary>
    public string Reason { get; }

    /// <summary>Returns the reason and the line.</summary>
    /// <returns>A description of the line.</returns>
    public override string ToString() => $"{Reason}: {Line}";
}
