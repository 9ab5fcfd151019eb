using System;
namespace Conduit.Connector.Sdk.Configuration.GoSyntax;

/// <summary>Go's <c>strconv.ParseBool</c>: exactly <c>1 t T TRUE true True 0 f F FALSE false False</c>.</summary>
internal static class GoBool
{
    /// <summary>Parses <paramref name="text"/> as Go does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the text is a boolean.</returns>
    public static bool TryParse(string text, out bool value)
    {
        switch (text)
        {
            case "1":
            case "t":
            case "T":
            case "TRUE":
            case "true":
            case "True":
                value = true;
                return true;
            case "0":
            case "f":
            case "F":
            case "FALSE":
            case "false":
            case "False":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Formats a boolean as Go does.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>true</c> or <c>false</c>.</returns>
    public static string Format(bool value) => value ? "true" : "false";
}
