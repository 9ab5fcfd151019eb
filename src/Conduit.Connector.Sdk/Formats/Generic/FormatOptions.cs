namespace Conduit.Connector.Sdk.Formats.Generic;

/// <summary>
/// Parses the <c>key=value,key2=value2</c> options of the converter/encoder formats, like Go: split on
/// commas, then on the first <c>=</c>; a key without <c>=</c> has an empty value. Stricter than Go:
/// unknown and repeated keys are errors, and keys and values are trimmed.
/// </summary>
internal static class FormatOptions
{
    /// <summary>Parses options, accepting only known keys.</summary>
    /// <param name="options">The option text.</param>
    /// <param name="knownKeys">The keys the format understands, sorted for messages.</param>
    /// <returns>The options by key.</returns>
    /// <exception cref="FormatException">An unknown, empty or repeated key.</exception>
    public static Dictionary<string, string> Parse(string options, IReadOnlyList<string> knownKeys)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in options.Split(','))
        {
            if (string.IsNullOrWhiteSpace(pair))
            {
                continue;
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? pair : pair[..equals]).Trim();
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..].Trim();
            if (key.Length == 0)
            {
                throw new FormatException($"option \"{pair.Trim()}\" has no name; write name=value pairs separated by commas");
            }

            if (!knownKeys.Contains(key, StringComparer.Ordinal))
            {
                throw new FormatException(knownKeys.Count == 0
                    ? $"unknown option \"{key}\": this format takes no options"
                    : $"unknown option \"{key}\" (known options: {string.Join(", ", knownKeys)})");
            }

            if (!result.TryAdd(key, value))
            {
                throw new FormatException($"option \"{key}\" is given more than once");
            }
        }

        return result;
    }
}
