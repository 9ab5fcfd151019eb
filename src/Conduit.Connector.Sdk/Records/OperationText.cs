using System.Globalization;

namespace Conduit.Connector.Sdk.Records;

/// <summary>The text form of <see cref="Operation"/> used by OpenCDC JSON: Go's names.</summary>
internal static class OperationText
{
    public static string ToText(Operation operation) => operation switch
    {
        Operation.Create => "create",
        Operation.Update => "update",
        Operation.Delete => "delete",
        Operation.Snapshot => "snapshot",
        _ => "Operation(" + ((int)operation).ToString(CultureInfo.InvariantCulture) + ")",
    };

    /// <summary>
    /// Parses <c>create</c>, <c>update</c>, <c>delete</c>, <c>snapshot</c> or, like Go, any integer
    /// optionally wrapped in <c>Operation(</c> … <c>)</c>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Operation operation)
    {
        switch (text)
        {
            case "create":
                operation = Operation.Create;
                return true;
            case "update":
                operation = Operation.Update;
                return true;
            case "delete":
                operation = Operation.Delete;
                return true;
            case "snapshot":
                operation = Operation.Snapshot;
                return true;
        }

        if (text.StartsWith("Operation(", StringComparison.Ordinal))
        {
            text = text["Operation(".Length..];
        }

        if (text.EndsWith(')'))
        {
            text = text[..^1];
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            operation = (Operation)value;
            return true;
        }

        operation = default;
        return false;
    }
}
