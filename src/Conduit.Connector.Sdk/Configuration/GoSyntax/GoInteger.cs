using System;
namespace Conduit.Connector.Sdk.Configuration.GoSyntax;

/// <summary>
/// Go's <c>strconv.Atoi</c> on a 64-bit platform: an optional sign and ASCII decimal digits, nothing
/// else (no spaces, underscores, prefixes or exponents), within the range of a 64-bit integer.
/// </summary>
internal static class GoInteger
{
    /// <summary>Parses <paramref name="text"/> as Go's <c>strconv.Atoi</c> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the text is an integer in range.</returns>
    public static bool TryParse(string text, out long value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        if (i == text.Length)
        {
            return false;
        }

        ulong magnitude = 0;
        const ulong limit = 1UL << 63;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            if (magnitude > limit / 10)
            {
                return false;
            }

            magnitude = (magnitude * 10) + (ulong)(c - '0');
            if (magnitude > limit)
            {
                return false;
            }
        }

        if (negative)
        {
            value = magnitude == limit ? long.MinValue : -(long)magnitude;
            return true;
        }

        if (magnitude == limit)
        {
            return false;
        }

        value = (long)magnitude;
        return true;
    }
}
