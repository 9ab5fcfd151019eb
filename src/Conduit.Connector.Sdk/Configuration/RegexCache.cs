using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Conduit.Connector.Sdk.Configuration;

/// <summary>
/// Compiles the patterns of <see cref="ValidationType.Regex"/> rules once. The non-backtracking
/// engine runs in linear time like Go's RE2 and refuses the same constructs (look-arounds,
/// back-references); Go's <c>(?P&lt;name&gt;…)</c> groups are accepted.
/// </summary>
internal static class RegexCache
{
    private static readonly ConcurrentDictionary<string, Regex?> s_cache = new(StringComparer.Ordinal);

    /// <summary>Gets the compiled pattern, or <see langword="null"/> when .NET cannot run it.</summary>
    public static Regex? Get(string pattern) => s_cache.GetOrAdd(pattern, Compile);

    private static Regex? Compile(string pattern)
    {
        try
        {
            var translated = pattern.Replace("(?P<", "(?<", StringComparison.Ordinal);
            return new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
