namespace Conduit.Connector.Sdk.Configuration;

/// <summary>
/// Matches configuration keys against parameter names that contain <c>*</c> segments. A <c>*</c>
/// matches one non-empty segment without dots; a trailing <c>*</c> matches the non-empty rest
/// (<c>headers.*</c> accepts <c>headers.x.y</c>, as Go decodes it into the key <c>x.y</c>).
/// </summary>
/// <remarks>
/// Go's matcher also accepts trailing text after the last literal part (<c>a.*.format</c> matches
/// <c>a.b.formatx</c>) and an empty segment; that is a Go bug we deliberately do not copy.
/// </remarks>
internal static class KeyPattern
{
    public static bool IsWildcard(string name) => name.Contains('*', StringComparison.Ordinal);

    public static bool Matches(string pattern, string key)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return string.Equals(pattern, key, StringComparison.Ordinal);
        }

        if (!key.StartsWith(pattern.AsSpan(0, star), StringComparison.Ordinal))
        {
            return false;
        }

        var rest = key.AsSpan(star);
        var suffix = pattern.AsSpan(star + 1);
        if (suffix.IsEmpty)
        {
            return !rest.IsEmpty;
        }

        var dot = rest.IndexOf('.');
        return dot > 0 && Matches(suffix.ToString(), rest[dot..].ToString());
    }

    /// <summary>Replaces each <c>*</c> of <paramref name="pattern"/> by the segment of <paramref name="key"/> at the same position, for suggestions.</summary>
    public static string? Instantiate(string pattern, string key)
    {
        var patternSegments = pattern.Split('.');
        var keySegments = key.Split('.');
        for (var i = 0; i < patternSegments.Length; i++)
        {
            if (patternSegments[i] == "*")
            {
                if (i >= keySegments.Length)
                {
                    return null;
                }

                patternSegments[i] = i == patternSegments.Length - 1
                    ? string.Join('.', keySegments, i, keySegments.Length - i)
                    : keySegments[i];
            }
        }

        return string.Join('.', patternSegments);
    }
}
